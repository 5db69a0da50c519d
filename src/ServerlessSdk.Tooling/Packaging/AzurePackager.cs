using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Packaging;

/// <summary>
/// The zip an Azure Functions app deploys (zip deploy, or Flex Consumption's deployment container): host.json, one
/// folder per function and the custom handler executable at the root, with what the publish wrote beside it. Written
/// by <see cref="DeterministicZip"/> like the Lambda zip, the executable checked for the architecture before and the
/// layout checked after; a failed check leaves no zip behind.
/// </summary>
public static class AzurePackager
{
    /// <summary>Zips <paramref name="publishFolder"/> with the generated files of <paramref name="appFolder"/>.</summary>
    /// <param name="publishFolder">What <c>dotnet publish -r linux-*</c> wrote.</param>
    /// <param name="appFolder">host.json and the function folders (<see cref="AzureEmitter.EmitFunctionApp"/>).</param>
    /// <param name="zipPath">Where the zip goes (outside <paramref name="publishFolder"/>).</param>
    /// <param name="executableName">The custom handler, host.json's <c>defaultExecutablePath</c>.</param>
    /// <param name="architecture">x86_64 or arm64, which the executable must be built for.</param>
    public static LambdaPackageResult Package(string publishFolder, string appFolder, string zipPath, string executableName, string architecture)
    {
        ArgumentException.ThrowIfNullOrEmpty(publishFolder);
        ArgumentException.ThrowIfNullOrEmpty(appFolder);
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        ArgumentException.ThrowIfNullOrEmpty(executableName);
        var diagnostics = new List<ServerlessDiagnostic>();
        var executable = Path.Combine(publishFolder, executableName);
        if (File.Exists(executable))
        {
            var read = ElfFile.ReadFile(executable);
            diagnostics.AddRange(ArtifactChecks.CheckReadable(read, executable));
            if (read.File is { } elf)
            {
                diagnostics.AddRange(ArtifactChecks.CheckArchitecture(elf, architecture, executable));
            }
        }

        if (diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Failed(zipPath, diagnostics);
        }

        var published = LambdaZipContent.FromPublishFolder(publishFolder).Entries
            .Select(e => e with { IsExecutable = e.PathInZip == executableName });
        var generated = Directory.EnumerateFiles(appFolder, FunctionAppFiles.FunctionFileName, SearchOption.AllDirectories)
            .Append(Path.Combine(appFolder, FunctionAppFiles.HostFileName))
            .Where(File.Exists)
            .Select(f => new LambdaZipEntry(f, Path.GetRelativePath(appFolder, f).Replace('\\', '/'), false));
        var generatedPaths = generated.Select(g => g.PathInZip).ToHashSet(StringComparer.Ordinal);
        // The generated files win over copies a publish may have picked up (e.g. a host.json marked to copy).
        var content = new LambdaZipContent(published.Where(p => !generatedPaths.Contains(p.PathInZip)).Concat(generated));

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        DeterministicZip.Write(content, zipPath);
        var zip = LambdaZipReader.Read(zipPath);
        diagnostics.AddRange(CheckZip(zip, executableName, zipPath));
        return diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error) ? Failed(zipPath, diagnostics) : new LambdaPackageResult(zipPath, zip, diagnostics);
    }

    /// <summary>
    /// An app zip must hold host.json, at least one <c>&lt;function&gt;/function.json</c> and the executable (0755)
    /// at its root: without any of them the host starts no function (<see cref="DiagnosticCodes.AzureZipIncomplete"/>).
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckZip(LambdaZipInfo zip, string executableName, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var missing = new List<string>();
        if (!zip.Entries.Any(e => e.Path == FunctionAppFiles.HostFileName))
        {
            missing.Add(FunctionAppFiles.HostFileName);
        }

        if (!zip.Entries.Any(e => e.Path.Count(c => c == '/') == 1 && e.Path.EndsWith("/" + FunctionAppFiles.FunctionFileName, StringComparison.Ordinal)))
        {
            missing.Add("<function>/" + FunctionAppFiles.FunctionFileName);
        }

        var handler = zip.Entries.FirstOrDefault(e => e.Path == executableName);
        if (handler is null || !handler.IsOwnerExecutable)
        {
            missing.Add($"{executableName} (executable)");
        }

        return missing.Count == 0
            ? []
            : [ServerlessDiagnostic.Error(DiagnosticCodes.AzureZipIncomplete, $"the Azure Functions zip lacks {string.Join(", ", missing)} at its root; publish with -r linux-x64 or linux-arm64 and ServerlessPlatform=azure, and keep the generated files", file)];
    }

    private static LambdaPackageResult Failed(string zipPath, List<ServerlessDiagnostic> diagnostics)
    {
        // A check can fail before the zip's folder exists.
        if (File.Exists(zipPath))
        {
            File.Delete(zipPath);
        }

        return new LambdaPackageResult(null, null, diagnostics);
    }
}
