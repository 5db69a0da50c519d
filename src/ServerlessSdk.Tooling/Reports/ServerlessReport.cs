using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Everything one measurement found about a function: the model behind <c>serverless-report.json</c> (documented in
/// docs/report-schema.md), the Markdown and HTML reports and the summary line. Properties are serialised in
/// declaration order, so keep new ones at the end of their type.
/// </summary>
public sealed record ServerlessReport
{
    /// <summary>The JSON schema version this model writes; raised only for changes that break readers.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The schema version, <see cref="CurrentSchemaVersion"/> when written by this version.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The function's name (the project's, unless configured otherwise).</summary>
    public required string FunctionName { get; init; }

    /// <summary>Whether the build output (JIT) or the published Native AOT executable was measured.</summary>
    public required MeasurementKind Kind { get; init; }

    /// <summary>The configured architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    public required string Architecture { get; init; }

    /// <summary>The configured memory size, in MB.</summary>
    public required int MemoryMb { get; init; }

    /// <summary>
    /// When the measurement was made, as the caller's clock gave it. Reports are only regenerated when the measurement
    /// target runs, which incremental builds skip when the function has not changed.
    /// </summary>
    public required DateTimeOffset MeasuredAt { get; init; }

    /// <summary>The package sizes; null when they could not be measured.</summary>
    public PackageSize? Package { get; init; }

    /// <summary>
    /// The startup probe's figures; null when it was skipped or no run responded. With several
    /// <see cref="Functions"/>, those of the function with the slowest median cold start.
    /// </summary>
    public StartupFigures? Startup { get; init; }

    /// <summary>The monthly cost estimate; null without startup figures to base it on. With several <see cref="Functions"/>, the costliest one's.</summary>
    public CostEstimate? Cost { get; init; }

    /// <summary>One check per budget kind; with several <see cref="Functions"/>, the worst function's figure of each kind.</summary>
    public IReadOnlyList<BudgetCheck> Budgets { get; init; } = [];

    /// <summary>Every diagnostic the measurement reported, budget breaches included.</summary>
    public IReadOnlyList<ServerlessDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Why the startup probe did not run, and how to make it run or stop asking; null when it ran.</summary>
    public string? StartupSkippedReason { get; init; }

    /// <summary>On a build report, the last publish's Native AOT figures, when a publish report exists; else null.</summary>
    public PublishedFigures? LastPublish { get; init; }

    /// <summary>The emulator the probe ran the function under (<c>qemu-aarch64-static</c>), or null when it ran natively.</summary>
    public string? Emulator { get; init; }

    /// <summary>How many budgets were exceeded.</summary>
    public int BudgetsExceeded => Budgets.Count(check => check.Status == BudgetStatus.Exceeded);

    /// <summary>
    /// For a bootstrap hosting several functions, each one's figures, in manifest order (by name); null when the
    /// bootstrap serves one function, whose figures are <see cref="Startup"/> and <see cref="Cost"/>.
    /// </summary>
    public IReadOnlyList<FunctionFigures>? Functions { get; init; }

    /// <summary>The declared IAM statements kept on an <c>AllowBroadAccess</c> justification (SLS4020); empty when none.</summary>
    public IReadOnlyList<BroadAccessGrant> BroadAccess { get; init; } = [];

    /// <summary>The HTTP routes the function manifest declares without IAM or JWT authorisation, as route keys.</summary>
    public IReadOnlyList<string> UnauthenticatedRoutes { get; init; } = [];

    /// <summary>
    /// On a publish measured with the Native AOT compiler's size statistics, what the executable's bytes are: by
    /// assembly (and namespace), the compiler's data, the native runtime and the ELF structure; else null.
    /// </summary>
    public ExecutableBreakdown? Executable { get; init; }

    /// <summary>The service's functions, triggers and resources and the arrows between them, from the function manifest; null without one.</summary>
    public ArchitectureDiagram? Diagram { get; init; }

    /// <summary>The platform measured: <c>aws</c> (the Runtime API emulator) or <c>azure</c> (the local Functions host).</summary>
    public string Platform { get; init; } = ServerlessPlatforms.Aws;

    /// <summary>
    /// On Azure, the Flex Consumption estimate (<see cref="Cost"/> is Lambda's and stays null); with several
    /// <see cref="Functions"/>, the costliest one's. Null on AWS or without startup figures.
    /// </summary>
    public AzureCostEstimate? AzureCost { get; init; }

    /// <summary>The estimated monthly cost budgets are checked against: the configured architecture's Lambda total, or Azure's; null when not estimated.</summary>
    public decimal? EstimatedMonthlyUsd() => Cost?.For(Architecture).TotalUsd ?? AzureCost?.Total;
}
