namespace ServerlessSdk.Runtime.Tracing;

/// <summary>An event that can carry the caller's W3C trace context.</summary>
public interface ITraceContextCarrier
{
    /// <summary>The W3C traceparent the event carries, if any.</summary>
    string? TraceParent { get; }
}
