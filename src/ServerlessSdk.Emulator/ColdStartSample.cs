namespace ServerlessSdk.Emulator;

/// <summary>One fresh process measured by <see cref="FunctionRunner.MeasureColdStartAsync"/>.</summary>
public sealed record ColdStartSample
{
    /// <summary>Null when the function behaved; otherwise why it did not. Timings measured before the failure are kept.</summary>
    public ProbeFailure? Failure { get; init; }

    /// <summary>True when <see cref="Failure"/> is null.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>From exec to the first response body fully received.</summary>
    public TimeSpan? ColdStart { get; init; }

    /// <summary>From exec to the first <c>GET /invocation/next</c>.</summary>
    public TimeSpan? Init { get; init; }

    /// <summary>The cold invocation alone: from handing the event out to receiving its response.</summary>
    public TimeSpan? FirstInvoke { get; init; }

    /// <summary>Each warm invocation, from handing the event out to receiving its response.</summary>
    public IReadOnlyList<TimeSpan> WarmLatencies { get; init; } = [];

    /// <summary>Warm invocations per second, one at a time; null without warm invocations.</summary>
    public double? WarmThroughput { get; init; }

    /// <summary>The process's peak resident set size, read just before it was killed; null if unavailable.</summary>
    public long? PeakRssBytes { get; init; }

    /// <summary>The cold invocation's result, also when it was an error.</summary>
    public InvocationResult? FirstInvocation { get; init; }

    /// <summary>The init error the function reported, if any.</summary>
    public InitErrorReport? InitError { get; init; }

    /// <summary>The exit code, if the process exited by itself.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The last <see cref="ProbeOptions.LogTailLines"/> lines of output.</summary>
    public IReadOnlyList<LogLine> Logs { get; init; } = [];
}
