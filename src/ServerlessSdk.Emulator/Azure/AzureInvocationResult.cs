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
public sealed record AzureHttpResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body, TimeSpan Duration, IReadOnlyList<string> Logs);
