namespace ServerlessSdk.Runtime.Azure;

/// <summary>One HTTP/1.1 request as the Functions host sent it. Header names are lower-case; repeats are comma-joined (cookies with "; ").</summary>
internal sealed class RawHttpRequest(string method, string target, Dictionary<string, string> headers, byte[] body)
{
    public string Method { get; } = method;

    /// <summary>The request target as sent: path and query, e.g. <c>/api/items/42?x=1</c>.</summary>
    public string Target { get; } = target;

    public Dictionary<string, string> Headers { get; } = headers;

    public byte[] Body { get; } = body;

    public string Path => Target.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? Target[..q] : Target;

    public string Query => Target.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? Target[(q + 1)..] : string.Empty;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A response to write: status, headers (several values per name allowed, for Set-Cookie) and body.</summary>
internal sealed class RawHttpResponse(int status, byte[] body)
{
    public int Status { get; } = status;

    public byte[] Body { get; } = body;

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public RawHttpResponse With(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public static RawHttpResponse Json(int status, byte[] json) => new RawHttpResponse(status, json).With("content-type", "application/json; charset=utf-8");

    public static RawHttpResponse Text(int status, string text) =>
        new RawHttpResponse(status, System.Text.Encoding.UTF8.GetBytes(text)).With("content-type", "text/plain; charset=utf-8");
}
