namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// The current invocation's log fields (<c>cold_start</c>, <c>function_request_id</c>, <c>xray_trace_id</c>).
/// The runtime swaps them once per invocation; every line written meanwhile carries them.
/// </summary>
internal sealed class InvocationFields
{
    private volatile Current? _current;

    public Current? Value => _current;

    public void Begin(string requestId, string? traceId, bool coldStart) => _current = new Current(requestId, traceId, coldStart);

    public void End() => _current = null;

    public sealed record Current(string RequestId, string? TraceId, bool ColdStart);
}
