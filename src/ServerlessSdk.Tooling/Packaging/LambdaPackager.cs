using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Packaging;

/// <summary>The outcome of packaging: the zip (when every check passed) and what the checks reported.</summary>
/// <param name="ZipPath">The zip written, or <see langword="null"/> when an error stopped packaging.</param>
/// <param name="Zip">What the zip holds, when written.</param>
/// <param name="Diagnostics">Everything the checks reported, errors and warnings.</param>
public sealed record LambdaPackageResult(string? ZipPath, LambdaZipInfo? Zip, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>Whether a deployable zip was written.</summary>
    public bool Succeeded => ZipPath is not null;
}

/// <summary>
/// Turns a publish folder into the zip Lambda deploys, checking the bootstrap before writing and the zip after.
/// </summary>
/// <remarks>
/// A zip is never left behind when a check fails: a silently wrong artifact that deploys and then fails with
/// <c>GLIBC_2.xx not found</c> is exactly what this step exists to prevent.
/// </remarks>
public static class LambdaPackager
{
    /// <summary>Checks <c>bootstrap</c> for <paramref name="target"/>, writes the deterministic zip, then checks the zip.</summary>
    public static LambdaPackageResult Package(string publishFolder, string zipPath, ArtifactTarget target)
    {
        ArgumentException.ThrowIfNullOrEmpty(publishFolder);
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        ArgumentNullException.ThrowIfNull(target);

        var diagnostics = new List<ServerlessDiagnostic>();
        var bootstrap = Path.Combine(publishFolder, DeploymentPackageLimits.BootstrapName);
        if (File.Exists(bootstrap))
        {
            diagnostics.AddRange(ArtifactChecks.CheckExecutable(ElfFile.ReadFile(bootstrap), target, bootstrap));
        }

        if (HasErrors(diagnostics))
        {
            return Failed(zipPath, diagnostics);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publishFolder), zipPath);
        var zip = LambdaZipReader.Read(zipPath);
        diagnostics.AddRange(ArtifactChecks.CheckZip(zip, zipPath));
        return HasErrors(diagnostics) ? Failed(zipPath, diagnostics) : new LambdaPackageResult(zipPath, zip, diagnostics);
    }

    private static bool HasErrors(List<ServerlessDiagnostic> diagnostics) =>
        diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);

    private static LambdaPackageResult Failed(string zipPath, List<ServerlessDiagnostic> diagnostics)
    {
        File.Delete(zipPath);
        return new LambdaPackageResult(null, null, diagnostics);
    }
}
