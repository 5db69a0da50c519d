using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// Everything <see cref="FunctionMeasurement.RunAsync"/> needs, in the shape an MSBuild task has it: paths, and
/// the project's settings as raw strings (empty = default) that the one settings parser validates.
/// </summary>
public sealed record MeasurementRequest
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The function's name, for reports and the emulated <c>AWS_LAMBDA_FUNCTION_NAME</c>.</summary>
    public required string FunctionName { get; init; }

    /// <summary>Build (JIT output) or publish (Native AOT); picks the default budgets and probe settings.</summary>
    public required MeasurementKind Kind { get; init; }

    /// <summary>The output folder whose package is measured (<c>$(OutDir)</c> or <c>$(PublishDir)</c>).</summary>
    public required string PackageFolder { get; init; }

    /// <summary>The files that make up the package; null for every file <see cref="Zip.LambdaZipContent.FromPublishFolder"/> would zip.</summary>
    public IReadOnlyList<string>? PayloadFiles { get; init; }

    /// <summary>
    /// What the startup probe starts: a <c>.dll</c> runs as <c>dotnet Function.dll</c>, anything else as an executable
    /// (the Native AOT <c>bootstrap</c>). Null or empty skips the probe.
    /// </summary>
    public string? EntryPoint { get; init; }

    /// <summary>The project's folder, where <see cref="DefaultEvent"/> looks for <c>events/&lt;trigger type&gt;.json</c>; null skips that.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>The IL assembly holding the function manifest; null reads it from <see cref="EntryPoint"/> when that is a <c>.dll</c>.</summary>
    public string? ManifestAssembly { get; init; }

    /// <summary>
    /// The Native AOT compiler's size statistics for <see cref="EntryPoint"/> (<c>IlcGenerateMstatFile</c>'s
    /// <c>.mstat</c>): when set on a publish, the report breaks the executable down by assembly. Null for no breakdown.
    /// </summary>
    public string? SizeStatisticsFile { get; init; }

    /// <summary>
    /// The <c>Serverless*</c> properties as the project has them (architecture, memory, platform, cost inputs,
    /// budgets, trigger type, startup event), parsed by <see cref="ProjectSettings.Parse"/> like every other step's.
    /// The trigger type picks the probe's sample event; unset, the trigger of the manifest's function decides
    /// (<see cref="DefaultEvent"/>). The startup event file is sent instead of a sample.
    /// </summary>
    public ProjectSettingsInput Settings { get; init; } = new();

    /// <summary>Variables the function needs to start, added to its Lambda environment in the probe.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = NoVariables;

    /// <summary>The folder the report files go to.</summary>
    public required string ReportFolder { get; init; }

    /// <summary>When the measurement is made (the host's clock; passed in so the logic stays deterministic).</summary>
    public required DateTimeOffset MeasuredAt { get; init; }

    /// <summary>
    /// A copy of the last publish's <c>serverless-report.json</c> (in <c>obj/</c>, whatever the configuration): a
    /// publish writes it, a build reads it to show the Native AOT figures beside its JIT estimate. Null for neither.
    /// </summary>
    public string? LastPublishReportFile { get; init; }

    /// <summary>
    /// Whether an executable for another architecture may be probed under an emulator (qemu-user for arm64 on x64)
    /// when one is installed; false skips it as if none were (SLS2008).
    /// </summary>
    public bool AllowEmulation { get; init; } = true;

    /// <summary>Probe settings; null for <see cref="StartupProbeOptions.For"/> the <see cref="Kind"/>.</summary>
    public StartupProbeOptions? Probe { get; init; }

    /// <summary>An Azure project's app folder (host.json and the function folders, <c>ServerlessAzureAppPath</c>).</summary>
    public string? AzureAppFolder { get; init; }

    /// <summary>A zip already written (the Azure app zip of a publish), measured as it is instead of zipping <see cref="PackageFolder"/>.</summary>
    public string? PackageZip { get; init; }
}
