using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// Measures what a function's package weighs, zipped the way the SDK zips it for Lambda, and which files weigh most.
/// </summary>
public static class PackageSizeAnalyzer
{
    /// <summary>How many of the largest files a result lists.</summary>
    public const int LargestFileCount = 10;

    /// <summary>
    /// Measures the package made of <paramref name="payloadFiles"/> (paths absolute or relative to
    /// <paramref name="folder"/>, all inside it), or, when that is null, of every file in the folder that
    /// <see cref="LambdaZipContent.FromPublishFolder"/> would zip. Never throws for a bad folder or file: it returns a
    /// <see cref="DiagnosticCodes.PackageFolderNotFound"/> or <see cref="DiagnosticCodes.PayloadFileInvalid"/> error instead.
    /// </summary>
    /// <remarks>
    /// The zipped size is not estimated: the zip is really written, with <see cref="DeterministicZip"/>, to a temporary
    /// file that is deleted on close, so the figure is the byte count a publish zip of the same files has.
    /// </remarks>
    public static PackageSizeResult Analyze(string folder, IEnumerable<string>? payloadFiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return Failed(ServerlessDiagnostic.Error(
                DiagnosticCodes.PackageFolderNotFound,
                $"The folder to measure, {root}, does not exist; build or publish the function first, or point the measurement at its output folder.",
                root));
        }

        var diagnostics = new List<ServerlessDiagnostic>();
        var content = payloadFiles is null ? FromFolder(root, diagnostics) : FromList(root, payloadFiles, diagnostics);
        if (content is null || diagnostics.Count > 0)
        {
            return new PackageSizeResult(null, diagnostics);
        }

        try
        {
            return new PackageSizeResult(Measure(content), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(Unreadable(root, ex));
        }
    }

    /// <summary>
    /// Measures a zip that is already written (the Azure app zip a publish wrote), entry by entry as it is. A missing or
    /// unreadable zip is a <see cref="DiagnosticCodes.PayloadFileInvalid"/> error.
    /// </summary>
    public static PackageSizeResult AnalyzeZip(string zipPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        var full = Path.GetFullPath(zipPath);
        if (!File.Exists(full))
        {
            return Failed(ServerlessDiagnostic.Error(
                DiagnosticCodes.PayloadFileInvalid,
                $"The package to measure, {full}, does not exist; publish again so the zip is written.",
                full));
        }

        try
        {
            return new PackageSizeResult(Summarise(LambdaZipReader.Read(full)), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Failed(Unreadable(full, ex));
        }
    }

    private static LambdaZipContent? FromFolder(string root, List<ServerlessDiagnostic> diagnostics)
    {
        try
        {
            return LambdaZipContent.FromPublishFolder(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Unreadable(root, ex));
            return null;
        }
    }

    private static LambdaZipContent? FromList(string root, IEnumerable<string> payloadFiles, List<ServerlessDiagnostic> diagnostics)
    {
        var entries = new Dictionary<string, LambdaZipEntry>(StringComparer.Ordinal);
        foreach (var file in payloadFiles)
        {
            ArgumentException.ThrowIfNullOrEmpty(file);
            var full = Path.GetFullPath(file, root);
            var pathInZip = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (pathInZip == ".." || pathInZip.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(pathInZip))
            {
                diagnostics.Add(ServerlessDiagnostic.Error(
                    DiagnosticCodes.PayloadFileInvalid,
                    $"The payload file {full} lies outside the package folder {root}; copy it into the folder or leave it out of the payload.",
                    full));
            }
            else if (!File.Exists(full))
            {
                diagnostics.Add(ServerlessDiagnostic.Error(
                    DiagnosticCodes.PayloadFileInvalid,
                    $"The payload file {full} does not exist; build or publish again, or remove it from the payload list.",
                    full));
            }
            else
            {
                // MSBuild item lists may name a file twice; it is zipped once.
                entries.TryAdd(pathInZip, new LambdaZipEntry(full, pathInZip, IsExecutable: pathInZip == DeploymentPackageLimits.BootstrapName));
            }
        }

        return new LambdaZipContent(entries.Values);
    }

    private static PackageSize Measure(LambdaZipContent content)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"sls-size-{Guid.NewGuid():N}.zip");
        using var zip = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
        DeterministicZip.Write(content, zip);
        return Summarise(LambdaZipReader.Read(zip));
    }

    private static PackageSize Summarise(LambdaZipInfo info)
    {
        var largest = info.Entries
            .OrderByDescending(entry => entry.UncompressedBytes)
            .ThenBy(entry => entry.Path, StringComparer.Ordinal)
            .Take(LargestFileCount)
            .Select(entry => new PackageFile(entry.Path, entry.UncompressedBytes, entry.CompressedBytes))
            .ToList();
        return new PackageSize(info.UncompressedBytes, info.ArchiveBytes, info.Entries.Count, largest);
    }

    private static ServerlessDiagnostic Unreadable(string root, Exception ex) => ServerlessDiagnostic.Error(
        DiagnosticCodes.PayloadFileInvalid,
        $"A payload file in {root} could not be read ({ex.Message}); check that nothing deletes or locks files while the function is measured.",
        root);

    private static PackageSizeResult Failed(ServerlessDiagnostic diagnostic) => new(null, [diagnostic]);
}
