namespace ServerlessSdk.Runtime.Tracing;

/// <summary>
/// An event that can carry W3C Trace Context, so a function can continue the caller's trace.
/// </summary>
public interface ITraceContextCarrier
{
    /// <summary>Gets the W3C <c>traceparent</c> the event carries, if any.</summary>
    string? TraceParent { get; }
}
