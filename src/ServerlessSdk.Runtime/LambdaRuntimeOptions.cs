namespace ServerlessSdk.Runtime;

/// <summary>How the runtime starts and serves invocations.</summary>
public sealed class LambdaRuntimeOptions
{
    /// <summary>The CloudWatch namespace used when neither an option nor <c>POWERTOOLS_METRICS_NAMESPACE</c> names one.</summary>
    public const string DefaultMetricsNamespace = "ServerlessSdk";

    /// <summary>
    /// One-time initialisation, run before the first invocation and counted as Lambda's init phase.
    /// If it throws, the error is reported to <c>/runtime/init/error</c> and the process exits.
    /// </summary>
    public Func<ValueTask>? Startup { get; set; }

    /// <summary>How long before the deadline the invocation's cancellation token fires. Default 500 ms.</summary>
    public TimeSpan CancellationMargin { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>CloudWatch namespace for metrics; overrides <c>POWERTOOLS_METRICS_NAMESPACE</c>.</summary>
    public string? MetricsNamespace { get; set; }

    /// <summary>Whether the first invocation writes a <c>ColdStart</c> metric. Default <see langword="true"/>.</summary>
    public bool EmitColdStartMetric { get; set; } = true;
}
