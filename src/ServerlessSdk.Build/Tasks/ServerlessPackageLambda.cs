using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Artifacts;

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

    /// <summary>The Lambda runtime, e.g. <c>provided.al2023</c>.</summary>
    [Required]
    public string Runtime { get; set; } = string.Empty;

    /// <summary>The declared architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
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
        Log.LogMessage(MessageImportance.Low, $"Packaging {PublishDirectory} for {Runtime} on {Architecture} (InvariantGlobalization={InvariantGlobalization}) into {ZipPath}");
        var result = LambdaPackager.Package(PublishDirectory, ZipPath, new ArtifactTarget(Runtime, Architecture, InvariantGlobalization));
        var ok = DiagnosticLog.Report(Log, result.Diagnostics);
        if (result.Zip is { } zip)
        {
            UnzippedBytes = zip.UncompressedBytes;
            ZippedBytes = zip.ArchiveBytes;
        }

        return ok && !Log.HasLoggedErrors;
    }
}
