using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// A task that writes files from the function manifest the ServerlessSdk.Functions generator compiled into the
/// assembly: one way to read it, one coded error (SLS4001) for a manifest it cannot read, and nothing to do for a
/// project that declares no functions.
/// </summary>
public abstract class ServerlessManifestTask : ServerlessSettingsTask
{
    /// <summary>The compiled IL assembly (obj), read without loading it.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>
    /// The manifest, or null with <paramref name="ok"/> true when the project declares no functions (said at low
    /// importance, naming <paramref name="nothingToWrite"/>) and false when it cannot be read (reported).
    /// </summary>
    protected ServiceManifest? ReadManifest(string nothingToWrite, out bool ok)
    {
        ServiceManifest? manifest;
        try
        {
            manifest = ServiceManifestReader.FromAssembly(AssemblyPath);
        }
        catch (ManifestFormatException ex)
        {
            ok = DiagnosticLog.Report(Log, [ServerlessDiagnostic.Error(DiagnosticCodes.ManifestUnreadable, ex.Message, AssemblyPath)]);
            return null;
        }

        ok = true;
        if (manifest is null)
        {
            Log.LogMessage(MessageImportance.Low, $"{AssemblyPath} declares no functions ([HttpApi], [SqsTrigger], ...): no {nothingToWrite} to write.");
        }

        return manifest;
    }
}
