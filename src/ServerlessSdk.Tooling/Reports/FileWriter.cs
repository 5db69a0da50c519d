using System.Text;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Writes generated files only when their content changes, so an unchanged file keeps its timestamp and whatever
/// depends on it (incremental builds, file watchers, IDEs) sees nothing new.
/// </summary>
public static class FileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="content"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>, creating its folder,
    /// unless the file already holds exactly those bytes. The new content goes to a temporary file beside the target
    /// first and then replaces it, so a reader never sees half a file.
    /// </summary>
    /// <returns>True when the file was written, false when it was already up to date.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var target = Path.GetFullPath(path);
        var bytes = Utf8.GetBytes(content);
        if (HasContent(target, bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }

    private static bool HasContent(string path, byte[] bytes)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length != bytes.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
