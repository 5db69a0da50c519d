using System.Diagnostics;
using ServerlessSdk.Runtime.Tracing;

namespace HelloApi;

/// <summary>
/// Turns on the runtime's invocation spans. A deployed function would use OpenTelemetry instead,
/// <c>Sdk.CreateTracerProviderBuilder().AddSource(LambdaTracing.SourceName)</c>, to export them.
/// </summary>
internal static class Tracing
{
    public static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LambdaTracing.SourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
