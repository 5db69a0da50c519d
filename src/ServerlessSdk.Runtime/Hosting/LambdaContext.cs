using System.Diagnostics;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Metrics;
using ServerlessSdk.Runtime.RuntimeApi;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Hosting;

/// <summary>The context of one invocation; the token and metrics are created only when a handler asks.</summary>
internal sealed class LambdaContext(
    NextInvocation invocation,
    FunctionEnvironment environment,
    bool isColdStart,
    string metricsNamespace,
    TimeSpan cancellationMargin) : ILambdaContext, IDisposable
{
    private CancellationTokenSource? _cancellation;
    private MetricsLogger? _metrics;

    public string RequestId { get; } = invocation.RequestId;
    public string InvokedFunctionArn { get; } = invocation.FunctionArn ?? string.Empty;
    public string FunctionName => environment.FunctionName;
    public string FunctionVersion => environment.FunctionVersion;
    public int MemoryLimitMb => environment.MemoryMb;
    public DateTimeOffset Deadline { get; } = DateTimeOffset.FromUnixTimeMilliseconds(invocation.DeadlineEpochMs);
    public TimeSpan RemainingTime => Deadline - DateTimeOffset.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero;
    public string? TraceId { get; } = invocation.TraceId;
    public string? ClientContext { get; } = invocation.ClientContext;
    public string? CognitoIdentity { get; } = invocation.CognitoIdentity;
    public bool IsColdStart { get; } = isColdStart;
    public LambdaLogger Logger => LambdaLog.Logger;

    public MetricsLogger Metrics => _metrics ??= new MetricsLogger(metricsNamespace).AddDimension("service", environment.ServiceName);

    // A timer per invocation costs a thread-pool timer; most handlers never look at the token.
    public CancellationToken CancellationToken => (_cancellation ??= CreateCancellation()).Token;

    /// <summary>The invocation's activity, when a listener (such as OpenTelemetry) subscribed to the source.</summary>
    public Activity? Activity { get; private set; }

    /// <summary>Starts the invocation's activity under the caller's or X-Ray's trace context.</summary>
    public void StartActivity(string? traceParent)
    {
        if (!LambdaTracing.Source.HasListeners())
        {
            return;
        }

        LambdaTracing.TryGetParent(TraceId, traceParent, out var parent);
        Activity = LambdaTracing.Source.StartActivity(FunctionName, ActivityKind.Server, parent);
        Activity?.SetTag("faas.invocation_id", RequestId)
            .SetTag("faas.coldstart", IsColdStart)
            .SetTag("faas.name", FunctionName)
            .SetTag("faas.version", FunctionVersion)
            .SetTag("cloud.provider", "aws")
            .SetTag("cloud.resource_id", InvokedFunctionArn);
    }

    /// <summary>Writes any metrics the handler added.</summary>
    public void FlushMetrics() => _metrics?.Flush();

    public void Dispose()
    {
        Activity?.Dispose();
        _cancellation?.Dispose();
    }

    private CancellationTokenSource CreateCancellation()
    {
        var source = new CancellationTokenSource();
        var delay = RemainingTime - cancellationMargin;
        if (delay <= TimeSpan.Zero)
        {
            source.Cancel();
        }
        else
        {
            source.CancelAfter(delay);
        }

        return source;
    }
}
