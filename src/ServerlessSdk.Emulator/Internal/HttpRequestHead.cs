namespace ServerlessSdk.Emulator.Internal;

/// <summary>The request line and headers of one HTTP/1.x request.</summary>
internal sealed record HttpRequestHead(
    string Method,
    string Path,
    string Version,
    IReadOnlyDictionary<string, string> Headers,
    long ArrivedAt)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>HTTP/1.1 keeps the connection open unless told otherwise; HTTP/1.0 only when asked.</summary>
    public bool KeepAlive
    {
        get
        {
            var connection = Header("Connection");
            return Version == "HTTP/1.1"
                ? !HasToken(connection, "close")
                : HasToken(connection, "keep-alive");
        }
    }

    public bool IsChunked => HasToken(Header("Transfer-Encoding"), "chunked");

    public bool ExpectsContinue => HasToken(Header("Expect"), "100-continue");

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split(',').Any(part => part.Trim().Equals(token, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A request body read off the wire, capped at a size limit.</summary>
internal sealed record HttpBody(
    byte[] Data,
    long Length,
    bool TooLarge,
    IReadOnlyDictionary<string, string> Trailers,
    long ReceivedAt);
