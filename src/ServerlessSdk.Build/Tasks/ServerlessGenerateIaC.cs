using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// Emits SAM, Terraform and Serverless Framework files from the function manifest the ServerlessSdk.Functions
/// generator compiled into the assembly. A project without declarations has no manifest: nothing is emitted.
/// </summary>
public sealed class ServerlessGenerateIaC : ServerlessManifestTask
{
    /// <summary>Where the files go (ServerlessIaCOutputPath).</summary>
    [Required]
    public string OutputFolder { get; set; } = string.Empty;

    /// <summary>CloudWatch alarms on errors, throttles and p99 duration (ServerlessAlarms).</summary>
    public bool Alarms { get; set; }

    /// <summary>Whether the buckets keep object versions (ServerlessS3Versioning).</summary>
    public bool S3Versioning { get; set; }

    /// <summary>The zip <c>dotnet publish -r linux-x64</c> writes.</summary>
    public string? PackagePathX64 { get; set; }

    /// <summary>The zip <c>dotnet publish -r linux-arm64</c> writes.</summary>
    public string? PackagePathArm64 { get; set; }

    /// <summary>Overwrite generated files even when edited by hand (ServerlessIaCOverwrite).</summary>
    public bool Overwrite { get; set; }

    /// <summary>The files written or already up to date.</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = [];

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessGenerateIaC), Run);

    private bool Run()
    {
        if (ReadManifest("IaC", out var read) is not { } manifest)
        {
            return read;
        }

        // The same parser the early check (ServerlessValidateSettings) used, so a bad value cannot get this far
        // in a build; a direct call of the target still gets the same code and message.
        var (project, diagnostics) = ParseSettings(MeasurementKind.Build);
        if (!DiagnosticLog.Report(Log, diagnostics))
        {
            return false;
        }

        var settings = new IaCSettings { Project = project, Alarms = Alarms, S3Versioning = S3Versioning, PackagePaths = PackagePaths() };
        var result = IaCEmitter.Emit(manifest, settings, OutputFolder, [.. project.IaCFormats], Overwrite);
        var ok = DiagnosticLog.Report(Log, result.Diagnostics);
        Files = [.. result.Written.Concat(result.Unchanged).Order(StringComparer.Ordinal).Select(f => new Microsoft.Build.Utilities.TaskItem(f))];
        if (result.Written.Count > 0)
        {
            var names = string.Join(", ", result.Written.Select(Path.GetFileName));
            Log.LogMessage(MessageImportance.High, $"  {manifest.Service}: {manifest.Functions.Count} function(s) -> {OutputFolder} ({names})");
        }

        if (result.UnauthenticatedRoutes.Count > 0)
        {
            // Not a warning: a public route is often intended. It is said once, so it is a choice, not an accident.
            Log.LogMessage(MessageImportance.High, $"  {manifest.Service}: unauthenticated HTTP routes (anyone may call them): {string.Join(", ", result.UnauthenticatedRoutes)}");
        }

        return ok && !Log.HasLoggedErrors;
    }

    /// <summary>Each zip relative to the IaC folder, with forward slashes: the files stay valid when the repository moves.</summary>
    private Dictionary<string, string> PackagePaths()
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string architecture, string? zip)
        {
            if (!string.IsNullOrWhiteSpace(zip))
            {
                paths[architecture] = Path.GetRelativePath(Path.GetFullPath(OutputFolder), Path.GetFullPath(zip)).Replace('\\', '/');
            }
        }

        Add("x86_64", PackagePathX64);
        Add("arm64", PackagePathArm64);
        return paths;
    }
}
