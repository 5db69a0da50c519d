namespace ServerlessSdk.Cli.LocalApi;

/// <summary>An HTTP request as the server received it, independent of the server library.</summary>
/// <param name="Method">The method, upper case.</param>
/// <param name="RawPath">The path as sent (still percent-encoded).</param>
/// <param name="RawQueryString">The query string as sent, without the <c>?</c>.</param>
/// <param name="Headers">Every header line, in order, names as sent.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="SourceIp">The caller's address.</param>
/// <param name="Protocol">e.g. <c>HTTP/1.1</c>.</param>
internal sealed record LocalHttpRequest(
    string Method,
    string RawPath,
    string RawQueryString,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string SourceIp = "127.0.0.1",
    string Protocol = "HTTP/1.1");

/// <summary>What the server sends back.</summary>
/// <param name="StatusCode">The status.</param>
/// <param name="Headers">Headers other than Set-Cookie.</param>
/// <param name="Cookies">One Set-Cookie header each.</param>
/// <param name="Body">The body bytes (decoded from base64 when the function sent it so).</param>
internal sealed record LocalHttpResponse(
    int StatusCode,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<string> Cookies,
    byte[] Body);
