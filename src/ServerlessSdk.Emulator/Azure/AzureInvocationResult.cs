using System.Text.Json;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>What the custom handler answered to one non-HTTP invocation (learn.microsoft.com, "Azure Functions custom handlers", Response payload).</summary>
/// <param name="StatusCode">The HTTP status of the handler's answer.</param>
/// <param name="Outputs">The <c>Outputs</c> object (output bindings by name); an empty object when absent.</param>
/// <param name="Logs">The <c>Logs</c> strings, which the host writes to the function's log.</param>
/// <param name="ReturnValue">The <c>ReturnValue</c>; null when absent.</param>
/// <param name="Duration">From sending the request to the end of the answer.</param>
public sealed record AzureInvocationResult(int StatusCode, JsonElement Outputs, IReadOnlyList<string> Logs, JsonElement? ReturnValue, TimeSpan Duration);

/// <summary>An HTTP answer as the client of the host sees it.</summary>
/// <param name="StatusCode">The status.</param>
/// <param name="Headers">The headers (first value of each).</param>
/// <param name="Body">The body, as text.</param>
/// <param name="Duration">From sending the request to the end of the answer.</param>
/// <param name="Logs">The handler's <c>Logs</c> when the host was not proxying (the invocation form).</param>
public sealed record AzureHttpResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body, TimeSpan Duration, IReadOnlyList<string> Logs)
{
    /// <summary>Every value of every header, as the client receives them (several <c>Set-Cookie</c> when proxied).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> HeaderValues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The body's bytes as sent (a binary body survives here, not in <see cref="Body"/>).</summary>
    public byte[] BodyBytes { get; init; } = [];

    /// <summary>
    /// What the Functions host would not carry from the <c>res</c> output (SLS6213): <c>cookies</c>, <c>isRaw</c>, a
    /// header value that is not a string or number. The host drops or stringifies these; the local host does the same
    /// and says so here.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>The answer to an <see cref="AzureRequest"/>, HTTP or invocation alike.</summary>
/// <param name="StatusCode">The HTTP status (an invocation's is the handler's: 200, or 500 when the function threw).</param>
/// <param name="Body">The HTTP body; for an invocation its <c>ReturnValue</c> as JSON, or the handler's text when it failed.</param>
/// <param name="Headers">The HTTP headers (first value of each); empty for an invocation.</param>
/// <param name="Logs">The invocation's <c>Logs</c>.</param>
/// <param name="Duration">From sending the request to the end of the answer.</param>
/// <param name="Invocation">The parsed invocation response, for a successful invocation.</param>
public sealed record AzureAnswer(int StatusCode, string Body, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> Logs, TimeSpan Duration, AzureInvocationResult? Invocation)
{
    /// <summary>True for a 5xx status: the function failed (an exception, as the handler reports it).</summary>
    public bool Failed => StatusCode >= 500;
}
