using System.IO.Compression;

namespace ServerlessSdk.Tooling.Zip;

/// <summary>
/// Writes Lambda zips that are byte-identical for identical inputs: entries in ordinal path order, one fixed
/// timestamp, fixed modes, a fixed compression level, no extra fields, and the Unix host byte whatever OS writes it.
/// </summary>
/// <remarks>
/// Identical bytes also need the same deflate implementation: a different .NET runtime (zlib-ng version) may compress
/// differently, so compare zips made by the same SDK.
/// </remarks>
public static class DeterministicZip
{
    /// <summary>0755: what <c>bootstrap</c> gets, so Lambda can execute it.</summary>
    public const int ExecutableMode = 0b111_101_101;

    /// <summary>0644: what every other file gets.</summary>
    public const int RegularMode = 0b110_100_100;

    /// <summary>
    /// Smallest size rather than fastest: the zip counts against Lambda's 50 MB limit and is uploaded on every deploy,
    /// and it is written once per publish, not per build.
    /// </summary>
    public const CompressionLevel Level = CompressionLevel.SmallestSize;

    private const int RegularFileType = 0b1_000_000_000_000_000; // S_IFREG (0100000): Info-ZIP stores the file type with the mode

    /// <summary>
    /// 1980-01-01 00:00:00, the DOS epoch: the earliest time a zip header can hold (.NET rejects anything earlier), and
    /// the conventional "no meaningful time" of reproducible builds.
    /// </summary>
    public static DateTimeOffset EntryTimestamp { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Writes the zip to <paramref name="zipPath"/> through a temporary file beside it, so a failed write never leaves a
    /// half zip where the last good one was.
    /// </summary>
    /// <exception cref="ArgumentException">The zip would contain itself.</exception>
    public static void Write(LambdaZipContent content, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        var target = Path.GetFullPath(zipPath);
        if (content.Entries.Any(entry => string.Equals(Path.GetFullPath(entry.SourcePath), target, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The zip {target} would contain itself; write it outside the publish folder.", nameof(zipPath));
        }

        var temporary = target + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                Write(content, stream);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes the zip to an empty, readable, writable, seekable stream (the host bytes are fixed up after writing).</summary>
    public static void Write(LambdaZipContent content, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanRead || !destination.CanWrite || !destination.CanSeek || destination.Length != 0)
        {
            throw new ArgumentException("The destination must be an empty stream that can be read, written and seeked.", nameof(destination));
        }

        using (var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in content.Entries)
            {
                var entry = archive.CreateEntry(file.PathInZip, Level);
                entry.LastWriteTime = EntryTimestamp;
                entry.ExternalAttributes = (RegularFileType | (file.IsExecutable ? ExecutableMode : RegularMode)) << 16;
                using var source = new FileStream(file.SourcePath, FileMode.Open, FileAccess.Read, FileShare.Read);
                using var target = entry.Open();
                source.CopyTo(target);
            }
        }

        ZipCentralDirectory.MarkMadeByUnix(destination);
        destination.Position = destination.Length;
    }
}
