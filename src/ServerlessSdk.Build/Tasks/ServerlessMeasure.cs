using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// Measures a built or published function (package size, cold start through the Runtime API emulator or, for an
/// Azure project, the local Functions host, memory, cost), checks its budgets and writes the reports. All the logic is
/// <see cref="FunctionMeasurement"/>'s; the settings are the shared parameters, read by the one settings parser.
/// </summary>
public sealed class ServerlessMeasure : ServerlessSettingsTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The function's name in reports (the project name).</summary>
    [Required]
    public string FunctionName { get; set; } = string.Empty;

    /// <summary><c>build</c> (JIT probe of the build output) or <c>publish</c> (the Native AOT artifact).</summary>
    [Required]
    public string Kind { get; set; } = string.Empty;

    /// <summary>The folder whose files are the deployable payload.</summary>
    [Required]
    public string PackageFolder { get; set; } = string.Empty;

    /// <summary>The payload's files; without them, everything in <see cref="PackageFolder"/> but debug files.</summary>
    public ITaskItem[]? PayloadFiles { get; set; }

    /// <summary>What to start for the probe: the built <c>.dll</c> (run with <c>dotnet</c>) or the published <c>bootstrap</c>.</summary>
    public string? EntryPoint { get; set; }

    /// <summary>Where <c>serverless-report.*</c> go.</summary>
    [Required]
    public string ReportFolder { get; set; } = string.Empty;

    /// <summary>The project's folder: its <c>events/&lt;trigger type&gt;.json</c> is the probe's event when there is no startup event.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The IL assembly with the function manifest (its trigger picks the sample event when ServerlessTriggerType is unset).</summary>
    public string? ManifestAssembly { get; set; }

    /// <summary>The last publish's report copy: a publish writes it, a build shows its figures beside the JIT estimate.</summary>
    public string? LastPublishReportFile { get; set; }

    /// <summary>The Native AOT compiler's <c>.mstat</c> for the published executable; empty for no size breakdown.</summary>
    public string? SizeStatisticsFile { get; set; }

    /// <summary>An Azure project's app folder: host.json and the function folders.</summary>
    public string? AzureAppFolder { get; set; }

    /// <summary>A zip already written to measure as it is (the Azure app zip of a publish); empty to zip <see cref="PackageFolder"/>.</summary>
    public string? PackageZip { get; set; }

    /// <summary>The value of <c>GITHUB_STEP_SUMMARY</c>; the Markdown report is appended to that file when set.</summary>
    public string? StepSummaryPath { get; set; }

    /// <summary>The one-line summary printed in the build output.</summary>
    [Output]
    public string? SummaryLine { get; private set; }

    /// <inheritdoc/>
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessMeasure), Run);

    private bool Run()
    {
        if (!Enum.TryParse<MeasurementKind>(Kind, ignoreCase: true, out var kind))
        {
            Log.LogError($"ServerlessMeasure: Kind must be build or publish, got '{Kind}'.");
            return false;
        }

        var request = new MeasurementRequest
        {
            FunctionName = FunctionName,
            Kind = kind,
            PackageFolder = PackageFolder,
            PayloadFiles = PayloadFiles?.Select(item => item.ItemSpec).ToList(),
            EntryPoint = EntryPoint,
            ProjectDirectory = ProjectDirectory,
            ManifestAssembly = ManifestAssembly,
            Settings = SettingsInput(),
            ReportFolder = ReportFolder,
            LastPublishReportFile = string.IsNullOrWhiteSpace(LastPublishReportFile) ? null : LastPublishReportFile,
            SizeStatisticsFile = string.IsNullOrWhiteSpace(SizeStatisticsFile) ? null : SizeStatisticsFile,
            MeasuredAt = DateTimeOffset.UtcNow,
            AzureAppFolder = string.IsNullOrWhiteSpace(AzureAppFolder) ? null : AzureAppFolder,
            PackageZip = string.IsNullOrWhiteSpace(PackageZip) ? null : PackageZip,
        };

        Log.LogMessage(MessageImportance.Low, $"ServerlessSdk: measuring {FunctionName} ({kind}) from {PackageFolder}, probe entry point '{EntryPoint}'");
        var outcome = FunctionMeasurement.RunAsync(request, _cancellation.Token).GetAwaiter().GetResult();
        foreach (var file in outcome.Files)
        {
            FileWriter.WriteIfChanged(file.Path, file.Content);
        }

        if (!string.IsNullOrEmpty(StepSummaryPath))
        {
            GitHubStepSummary.Append(StepSummaryPath, outcome.Markdown);
        }

        SummaryLine = outcome.SummaryLine;
        Log.LogMessage(MessageImportance.High, "  " + outcome.SummaryLine);
        return DiagnosticLog.Report(Log, outcome.Diagnostics) && !Log.HasLoggedErrors;
    }
}
