using System.Text;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>The responses API Gateway itself gives, worded as it words them.</summary>
internal static class GatewayResponses
{
    /// <summary>No route matches the method and path.</summary>
    public static LocalHttpResponse NotFound { get; } = Message(404, "Not Found");

    /// <summary>The path is a route's, but not for this method: the generated HttpApiRouter's answer, with the same <c>allow</c> header.</summary>
    public static LocalHttpResponse MethodNotAllowed(IReadOnlyList<string> allowed) => Message(405, "Method Not Allowed") with
    {
        Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/json", ["allow"] = string.Join(", ", allowed) },
    };

    /// <summary>The function failed, timed out or returned something that is not a response.</summary>
    public static LocalHttpResponse InternalServerError { get; } = Message(500, "Internal Server Error");

    /// <summary>The request, or the event it maps to, is over Lambda's payload limit (docs/cli.md).</summary>
    public static LocalHttpResponse PayloadTooLarge { get; } = Message(413, "Request Entity Too Large");

    private static LocalHttpResponse Message(int status, string message) => new(
        status,
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/json" },
        [],
        Encoding.UTF8.GetBytes($$"""{"message":"{{message}}"}"""));
}
