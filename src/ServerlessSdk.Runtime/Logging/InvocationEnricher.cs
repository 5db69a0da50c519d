using Serilog.Core;
using Serilog.Events;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// Adds the current invocation's fields to every event: <c>function_request_id</c>, <c>xray_trace_id</c>
/// and <c>cold_start</c>. The runtime swaps the properties once per invocation, so enriching costs a
/// dictionary insert per field, not an allocation.
/// </summary>
internal sealed class InvocationEnricher : ILogEventEnricher
{
    private static readonly LogEventProperty ColdStartTrue = new("cold_start", new ScalarValue(true));
    private static readonly LogEventProperty ColdStartFalse = new("cold_start", new ScalarValue(false));
    private volatile Fields? _current;

    public void Begin(string requestId, string? traceId, bool coldStart) =>
        _current = new Fields(
            coldStart ? ColdStartTrue : ColdStartFalse,
            new LogEventProperty("function_request_id", new ScalarValue(requestId)),
            traceId is null ? null : new LogEventProperty("xray_trace_id", new ScalarValue(traceId)));

    public void End() => _current = null;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (_current is not { } fields)
        {
            return;
        }

        logEvent.AddPropertyIfAbsent(fields.ColdStart);
        logEvent.AddPropertyIfAbsent(fields.RequestId);
        if (fields.TraceId is not null)
        {
            logEvent.AddPropertyIfAbsent(fields.TraceId);
        }
    }

    private sealed record Fields(LogEventProperty ColdStart, LogEventProperty RequestId, LogEventProperty? TraceId);
}
