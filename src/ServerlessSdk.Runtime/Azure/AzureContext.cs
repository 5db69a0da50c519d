using System.Diagnostics;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Metrics;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// The context an Azure invocation hands the same handlers Lambda calls: <see cref="RequestId"/> is the host's
/// invocation id, <see cref="TraceId"/> the W3C <c>traceparent</c> the host sent, and the AWS-only members are empty.
/// </summary>
internal sealed class AzureContext : ILambdaContext, IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly InvocationFields.Current _fields;
    private MetricsLogger? _metrics;

    public AzureContext(string functionName, string invocationId, string? traceParent, bool isColdStart, TimeSpan timeout, CancellationToken stopping, InvocationFields.Current fields)
    {
        FunctionName = functionName;
        RequestId = invocationId;
        TraceId = traceParent;
        IsColdStart = isColdStart;
        Deadline = DateTimeOffset.UtcNow + timeout;
        _fields = fields;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _cancellation.CancelAfter(timeout);
    }

    public string RequestId { get; }

    public string InvokedFunctionArn => string.Empty;

    public string FunctionName { get; private set; }

    public string FunctionVersion => string.Empty;

    public int MemoryLimitMb => 0;

    public DateTimeOffset Deadline { get; }

    public TimeSpan RemainingTime => Deadline - DateTimeOffset.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero;

    public string? TraceId { get; }

    public string? ClientContext => null;

    public string? CognitoIdentity => null;

    public bool IsColdStart { get; }

    public LambdaLogger Logger => LambdaLog.Logger;

    public MetricsLogger Metrics => _metrics ??= new MetricsLogger(LambdaRuntimeOptions.DefaultMetricsNamespace).AddDimension("function_name", FunctionName);

    public CancellationToken CancellationToken => _cancellation.Token;

    public Activity? Activity { get; private set; }

    /// <summary>Names the function once the route that matched is known (proxied HTTP requests carry no name).</summary>
    public void Rename(string functionName)
    {
        FunctionName = functionName;
        _fields.FunctionName = functionName;
        Activity?.SetTag("faas.name", functionName);
        if (Activity is not null)
        {
            Activity.DisplayName = functionName;
        }
    }

    public void StartActivity()
    {
        if (!LambdaTracing.Source.HasListeners())
        {
            return;
        }

        LambdaTracing.TryGetParent(xrayHeader: null, TraceId, out var parent);
        Activity = LambdaTracing.Source.StartActivity(FunctionName, ActivityKind.Server, parent);
        Activity?.SetTag("faas.invocation_id", RequestId)
            .SetTag("faas.coldstart", IsColdStart)
            .SetTag("faas.name", FunctionName)
            .SetTag("cloud.provider", "azure");
    }

    public void FlushMetrics() => _metrics?.Flush();

    public void Dispose()
    {
        Activity?.Dispose();
        _cancellation.Dispose();
    }
}
