using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Packaging;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Build.Tasks;

/// <summary>Zips a function's publish folder for Lambda after checking its bootstrap against the target runtime.</summary>
public sealed class ServerlessPackageLambda : Microsoft.Build.Utilities.Task
{
    /// <summary>The publish folder holding <c>bootstrap</c>.</summary>
    [Required]
    public string PublishDirectory { get; set; } = string.Empty;

    /// <summary>Where the zip goes.</summary>
    [Required]
    public string ZipPath { get; set; } = string.Empty;

    /// <summary>Raw <c>ServerlessRuntime</c>, e.g. <c>provided.al2023</c>; empty means the default.</summary>
    public string? Runtime { get; set; }

    /// <summary>The resolved architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    [Required]
    public string Architecture { get; set; } = string.Empty;

    /// <summary>The project's <c>InvariantGlobalization</c>.</summary>
    public bool InvariantGlobalization { get; set; }

    /// <summary>Unzipped size of the package in bytes.</summary>
    [Output]
    public long UnzippedBytes { get; private set; }

    /// <summary>Size of the zip in bytes.</summary>
    [Output]
    public long ZippedBytes { get; private set; }

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessPackageLambda), Run);

    private bool Run()
    {
        // The same parser and defaults as every other step, so an unset ServerlessRuntime packages for the default.
        var (settings, diagnostics) = ProjectSettings.Parse(new ProjectSettingsInput { Runtime = Runtime, Architecture = Architecture }, MeasurementKind.Publish);
        if (!DiagnosticLog.Report(Log, diagnostics))
        {
            return false;
        }

        var runtime = settings.Runtime.Name;
        var architecture = settings.Architecture.Name;
        Log.LogMessage(MessageImportance.Low, $"Packaging {PublishDirectory} for {runtime} on {architecture} (InvariantGlobalization={InvariantGlobalization}) into {ZipPath}");
        var result = LambdaPackager.Package(PublishDirectory, ZipPath, new ArtifactTarget(runtime, architecture, InvariantGlobalization));
        var ok = DiagnosticLog.Report(Log, result.Diagnostics);
        if (result.Zip is { } zip)
        {
            UnzippedBytes = zip.UncompressedBytes;
            ZippedBytes = zip.ArchiveBytes;
        }

        return ok && !Log.HasLoggedErrors;
    }
}
