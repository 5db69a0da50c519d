using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>Settings for <see cref="StartupProbe.RunAsync"/>.</summary>
public sealed record StartupProbeOptions
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Fresh processes whose figures count. Default 3: enough for a median, few enough for every build.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>
    /// Fresh processes run first and thrown away, so the probe's own first-use costs (this process JIT-compiling the
    /// emulator's code paths, the function's files entering the page cache) do not land in the first sample.
    /// Default 0; <see cref="For"/> picks 1 for <see cref="MeasurementKind.Publish"/>.
    /// </summary>
    public int WarmUpRuns { get; init; }

    /// <summary>
    /// Invocations after the cold one in each process, back to back: their median is the warm duration the cost
    /// estimate bills. Default 5.
    /// </summary>
    public int WarmInvocations { get; init; } = 5;

    /// <summary>The longest wait for each step of a run (exec to first response, each warm invocation). Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest the whole probe may take, warm-up runs included; when it runs out the probe stops with a
    /// <see cref="DiagnosticCodes.ProbeTimedOut"/> diagnostic. Default 60 s.
    /// </summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The function configuration the emulator reports (name, memory, region).</summary>
    public EmulatorOptions Function { get; init; } = new();

    /// <summary>Variables added to the function's Lambda environment (configuration it needs to start).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = NoVariables;

    /// <summary>
    /// The severity of failures that stop the function from starting (crash, init error, time-out, launch failure).
    /// Invocation errors are always warnings: the function started, and the sample event may not be one it handles.
    /// Default <see cref="DiagnosticSeverity.Error"/>.
    /// </summary>
    public DiagnosticSeverity FailureSeverity { get; init; } = DiagnosticSeverity.Error;

    /// <summary>
    /// The defaults for <paramref name="kind"/>. A build probes <c>dotnet Function.dll</c>, whose own JIT start-up
    /// (~200 ms) dwarfs the probe's first-use costs (a few ms), so it discards nothing and its failures are warnings:
    /// a function may need cloud configuration to start, and <c>dotnet build</c> should not fail for that. A publish
    /// probes the Native AOT <c>bootstrap</c> (~10 ms), where those few ms would skew the first of three samples, so
    /// it discards one warm-up run, and its failures are errors: this is what ships.
    /// </summary>
    public static StartupProbeOptions For(MeasurementKind kind) => kind switch
    {
        MeasurementKind.Build => new StartupProbeOptions { WarmUpRuns = 0, FailureSeverity = DiagnosticSeverity.Warning },
        MeasurementKind.Publish => new StartupProbeOptions { Runs = 10, WarmUpRuns = 1, FailureSeverity = DiagnosticSeverity.Error },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown measurement kind."),
    };
}
