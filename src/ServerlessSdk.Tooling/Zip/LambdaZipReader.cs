using System.IO.Compression;

namespace ServerlessSdk.Tooling.Zip;

/// <summary>Reads what the Lambda limit checks need from an existing zip: sizes, entries and Unix modes.</summary>
public static class LambdaZipReader
{
    private const int PermissionBits = 0b111_111_111_111; // 07777: permissions plus setuid, setgid, sticky

    /// <summary>Reads the zip at <paramref name="zipPath"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a well-formed zip.</exception>
    public static LambdaZipInfo Read(string zipPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        using var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream);
    }

    /// <summary>Reads the zip in a readable, seekable stream.</summary>
    /// <exception cref="InvalidDataException">The stream is not a well-formed zip.</exception>
    public static LambdaZipInfo Read(Stream zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var headers = ZipCentralDirectory.ReadHeaders(zip);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);

        // ZipArchive lists entries in central-directory order, so header i describes entry i.
        if (archive.Entries.Count != headers.Count)
        {
            throw new InvalidDataException($"The zip lists {archive.Entries.Count} entries but has {headers.Count} central directory headers.");
        }

        var entries = archive.Entries
            .Select((entry, i) => new LambdaZipEntryInfo(
                entry.FullName,
                entry.CompressedLength,
                entry.Length,
                headers[i].Host == ZipCentralDirectory.UnixHost ? (entry.ExternalAttributes >> 16) & PermissionBits : null))
            .ToList();
        return new LambdaZipInfo(
            zip.Length,
            entries.Sum(entry => entry.CompressedBytes),
            entries.Sum(entry => entry.UncompressedBytes),
            entries);
    }
}
