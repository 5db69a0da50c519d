namespace ServerlessSdk.Cli.LocalApi;

/// <summary>
/// What API Gateway refuses in a function's response (it answers 500 instead), checked before anything is written:
/// Kestrel would otherwise throw halfway and send an empty 500, or put a status like 99 on the wire.
/// </summary>
internal static class ResponseCheck
{
    /// <summary>Why <paramref name="response"/> cannot be sent as it is; null when it can.</summary>
    public static string? Problem(LocalHttpResponse response)
    {
        if (response.StatusCode is < 200 or > 599)
        {
            return $"statusCode {response.StatusCode} is not a final HTTP status (200-599)";
        }

        if (response.StatusCode is 204 or 304 && response.Body.Length > 0)
        {
            return $"a {response.StatusCode} response has no body, but the function sent {response.Body.Length} bytes";
        }

        foreach (var (name, value) in response.Headers)
        {
            if (name.Length == 0 || !name.All(IsTokenChar))
            {
                return $"header name '{Printable(name)}' is not an HTTP token";
            }

            if (!IsFieldValue(value))
            {
                return $"header '{name}' has a CR, LF or other control character in its value";
            }
        }

        var badCookie = response.Cookies.FirstOrDefault(c => !IsFieldValue(c));
        return badCookie is null ? null : $"cookie '{Printable(badCookie)}' has a CR, LF or other control character";
    }

    /// <summary>RFC 9110 tchar.</summary>
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);

    /// <summary>No control character but horizontal tab: CR and LF would end the header line (response splitting).</summary>
    private static bool IsFieldValue(string value) => !value.Any(c => (c < ' ' && c != '\t') || c == '\x7F');

    private static string Printable(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
