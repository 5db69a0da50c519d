namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// The current invocation's log fields. On Lambda (one invocation at a time) the runtime swaps them once per
/// invocation (<c>cold_start</c>, <c>function_request_id</c>, <c>xray_trace_id</c>). The Azure custom handler serves
/// invocations concurrently, so it sets them per asynchronous flow instead (<see cref="BeginFlow"/>), with Azure's
/// field names; every line written meanwhile carries them.
/// </summary>
internal sealed class InvocationFields
{
    private readonly AsyncLocal<Current?> _flow = new();
    private volatile Current? _current;

    public Current? Value => _flow.Value ?? _current;

    /// <summary>Set by the Azure custom handler: lines outside an invocation leave out Lambda's function fields.</summary>
    public bool AzureProcess { get; set; }

    public void Begin(string requestId, string? traceId, bool coldStart) => _current = new Current(requestId, traceId, coldStart);

    public void End() => _current = null;

    /// <summary>Sets the fields for the calling asynchronous flow only (and the flows it starts).</summary>
    public void BeginFlow(Current current) => _flow.Value = current;

    public void EndFlow() => _flow.Value = null;

    /// <summary>
    /// One invocation's fields. <see cref="FunctionName"/> overrides the process's function name (one Azure process
    /// serves every function); <see cref="Azure"/> selects Azure's field names; lines go to <see cref="Capture"/>
    /// instead of stdout when it is set (the custom handler returns them in the response's <c>Logs</c>).
    /// </summary>
    public sealed record Current(string RequestId, string? TraceId, bool ColdStart)
    {
        public string? FunctionName { get; set; }

        public bool Azure { get; init; }

        public List<string>? Capture { get; init; }
    }
}
