using Microsoft.Build.Framework;
using ServerlessSdk.Tooling;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// ServerlessPlatform=azure: host.json and the function folders into the app folder, main.bicep (and
/// main.parameters.json once) into the IaC folder, from the manifest the generator compiled into the assembly.
/// </summary>
public sealed class ServerlessGenerateAzure : ServerlessManifestTask
{
    /// <summary>Where host.json and the function folders go (<c>ServerlessAzureAppPath</c>).</summary>
    [Required]
    public string AppFolder { get; set; } = string.Empty;

    /// <summary>Where main.bicep goes (<c>ServerlessIaCOutputPath</c>); empty with ServerlessIaC=false.</summary>
    public string? IaCFolder { get; set; }

    /// <summary>The custom handler's file name: the assembly name, which Native AOT names the executable after.</summary>
    [Required]
    public string ExecutableName { get; set; } = string.Empty;

    /// <summary><c>ServerlessIaCOverwrite</c>: regenerate files edited by hand.</summary>
    public bool Overwrite { get; set; }

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessGenerateAzure), Run);

    private bool Run()
    {
        if (ReadManifest("Azure Functions files", out var read) is not { } manifest)
        {
            return read;
        }

        if (!manifest.IsAzure)
        {
            return DiagnosticLog.Report(Log, [ServerlessDiagnostic.Error(DiagnosticCodes.PlatformMismatch, $"the project builds with ServerlessPlatform={ServerlessPlatforms.Azure} but its function manifest is for '{manifest.Platform}'; use a ServerlessSdk.Functions version that supports Azure (the same version as ServerlessSdk.Build)", AssemblyPath)]);
        }

        var (project, diagnostics) = ParseSettings(MeasurementKind.Build, ServerlessPlatforms.Azure);
        if (!DiagnosticLog.Report(Log, diagnostics))
        {
            return false;
        }

        var settings = new AzureSettings { ExecutableName = ExecutableName, TimeoutSeconds = project.TimeoutSeconds, Plan = project.AzurePlan, InstanceMemoryMb = project.MemoryMb, Tags = project.Tags };
        var app = AzureEmitter.EmitFunctionApp(manifest, settings, AppFolder, Overwrite);
        var ok = DiagnosticLog.Report(Log, app.Diagnostics);
        var written = app.Written.ToList();
        if (ok && !string.IsNullOrWhiteSpace(IaCFolder))
        {
            var bicep = AzureEmitter.EmitBicep(manifest, settings, IaCFolder, Overwrite);
            ok = DiagnosticLog.Report(Log, bicep.Diagnostics.Where(d => !app.Diagnostics.Contains(d))) && ok;
            written.AddRange(bicep.Written);
        }

        if (written.Count > 0)
        {
            Log.LogMessage(MessageImportance.High, $"  {manifest.Service}: {manifest.Functions.Count} function(s) -> {AppFolder} ({string.Join(", ", written.Select(w => Path.GetRelativePath(AppFolder, w)))})");
        }

        return ok && !Log.HasLoggedErrors;
    }
}
