using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Zip;

/// <summary>
/// The files of a Lambda zip, validated and sorted ordinally by their path in the zip so that the same inputs always
/// produce the same zip.
/// </summary>
public sealed class LambdaZipContent
{
    /// <summary>Validates, normalises (backslashes become forward slashes) and sorts <paramref name="entries"/>.</summary>
    /// <exception cref="ArgumentException">A path in the zip is empty, rooted, has an empty, <c>.</c> or <c>..</c> segment, or occurs twice.</exception>
    public LambdaZipContent(IEnumerable<LambdaZipEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var normalised = entries.Select(entry => entry with { PathInZip = NormalisePathInZip(entry.PathInZip) })
            .OrderBy(entry => entry.PathInZip, StringComparer.Ordinal)
            .ToList();
        for (var i = 1; i < normalised.Count; i++)
        {
            if (normalised[i].PathInZip == normalised[i - 1].PathInZip)
            {
                throw new ArgumentException($"'{normalised[i].PathInZip}' occurs twice in the zip.", nameof(entries));
            }
        }

        Entries = normalised;
    }

    /// <summary>The entries, sorted ordinally by <see cref="LambdaZipEntry.PathInZip"/>.</summary>
    public IReadOnlyList<LambdaZipEntry> Entries { get; }

    /// <summary>
    /// Everything under <paramref name="publishFolder"/> (subfolders and dot-files included) except what
    /// <see cref="IsExcluded"/> rejects; <c>bootstrap</c> at the root is the one executable entry.
    /// </summary>
    /// <remarks>Write the zip outside the folder, or a second publish would zip the previous zip.</remarks>
    public static LambdaZipContent FromPublishFolder(string publishFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(publishFolder);
        var root = Path.GetFullPath(publishFolder);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.None,
            IgnoreInaccessible = false,
        };
        var entries = Directory.EnumerateFiles(root, "*", options)
            .Where(path => !IsExcluded(path))
            .Select(path =>
            {
                var pathInZip = Path.GetRelativePath(root, path).Replace('\\', '/');
                return new LambdaZipEntry(path, pathInZip, IsExecutable: pathInZip == DeploymentPackageLimits.BootstrapName);
            });
        return new LambdaZipContent(entries);
    }

    /// <summary>
    /// The exclusion rule: files that only help debugging or IDEs and never run. That is native debug symbols
    /// (<c>*.dbg</c>, which Native AOT writes beside <c>bootstrap</c>), managed symbols (<c>*.pdb</c>), and
    /// <c>*.xml</c> files that are .NET XML documentation (root element <c>&lt;doc&gt;</c>). Other XML files are
    /// kept because a function may read them.
    /// </summary>
    public static bool IsExcluded(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".dbg", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".pdb", StringComparison.OrdinalIgnoreCase)
            || (extension.Equals(".xml", StringComparison.OrdinalIgnoreCase) && DocumentationXml.IsDocumentationFile(path));
    }

    private static string NormalisePathInZip(string pathInZip)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathInZip);
        var normalised = pathInZip.Replace('\\', '/');
        if (normalised.StartsWith('/') || normalised.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new ArgumentException($"'{pathInZip}' is not a relative path inside the zip.", nameof(pathInZip));
        }

        return normalised;
    }
}
