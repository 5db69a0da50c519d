using System.Diagnostics;

namespace ServerlessSdk.Runtime.Tracing;

/// <summary>
/// The <see cref="ActivitySource"/> every invocation runs under. Subscribe with OpenTelemetry's
/// <c>AddSource(LambdaTracing.SourceName)</c>; with no listener, no activity is created and tracing costs nothing.
/// </summary>
public static class LambdaTracing
{
    /// <summary>The name of the runtime's activity source.</summary>
    public const string SourceName = "ServerlessSdk.Runtime";

    /// <summary>The runtime's activity source.</summary>
    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>
    /// The parent for an invocation's activity: the event's W3C <c>traceparent</c> when it carries one
    /// (the caller's own context), else the X-Ray header Lambda sent.
    /// </summary>
    public static bool TryGetParent(string? xrayHeader, string? traceParent, out ActivityContext parent)
    {
        if (traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out parent))
        {
            return true;
        }

        return XRayTraceHeader.TryParse(xrayHeader, out parent);
    }
}
