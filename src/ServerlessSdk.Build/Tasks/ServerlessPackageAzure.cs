using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Packaging;

namespace ServerlessSdk.Build.Tasks;

/// <summary>Zips a publish folder with host.json and the function folders for Azure Functions, checked like the Lambda zip.</summary>
public sealed class ServerlessPackageAzure : Microsoft.Build.Utilities.Task
{
    /// <summary>The publish folder holding the executable.</summary>
    [Required]
    public string PublishDirectory { get; set; } = string.Empty;

    /// <summary>host.json and the function folders.</summary>
    [Required]
    public string AppFolder { get; set; } = string.Empty;

    /// <summary>Where the zip goes.</summary>
    [Required]
    public string ZipPath { get; set; } = string.Empty;

    /// <summary>The custom handler's file name.</summary>
    [Required]
    public string ExecutableName { get; set; } = string.Empty;

    /// <summary>The resolved architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    [Required]
    public string Architecture { get; set; } = string.Empty;

    /// <summary>Size of the zip in bytes.</summary>
    [Output]
    public long ZippedBytes { get; private set; }

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessPackageAzure), Run);

    private bool Run()
    {
        var result = AzurePackager.Package(PublishDirectory, AppFolder, ZipPath, ExecutableName, Architecture);
        var ok = DiagnosticLog.Report(Log, result.Diagnostics);
        ZippedBytes = result.Zip?.ArchiveBytes ?? 0;
        return ok && !Log.HasLoggedErrors;
    }
}
