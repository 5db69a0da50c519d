using System.Buffers.Binary;

namespace ServerlessSdk.Tooling.Zip;

/// <summary>
/// The one piece of the zip format System.IO.Compression does not expose: each central-directory header's "version
/// made by" host byte. Unzip tools honour the Unix mode in the external attributes only when that byte is 3 (Unix);
/// .NET writes the host it runs on (3 on Linux and macOS, 0 on Windows) with no way to choose it.
/// </summary>
internal static class ZipCentralDirectory
{
    public const byte UnixHost = 3;

    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const int EndOfCentralDirectorySize = 22;
    private const int MaxCommentLength = ushort.MaxValue;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const int Zip64LocatorSize = 20;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int Zip64EndSize = 56;
    private const uint FileHeaderSignature = 0x02014b50;
    private const int FileHeaderSize = 46;
    private const int HostByteOffset = 5; // high byte of "version made by"

    /// <summary>A central-directory header: where it starts in the stream and its host byte.</summary>
    public readonly record struct Header(long Offset, byte Host);

    /// <summary>The central-directory headers in order.</summary>
    /// <exception cref="InvalidDataException">The stream is not a well-formed zip.</exception>
    public static List<Header> ReadHeaders(Stream zip)
    {
        var (offset, size, count) = Locate(zip);
        var directory = ReadExactly(zip, offset, size);
        var headers = new List<Header>();
        var at = 0;
        for (var i = 0L; i < count; i++)
        {
            if (at > directory.Length - FileHeaderSize
                || BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) != FileHeaderSignature)
            {
                throw new InvalidDataException($"Central directory header {i} is missing or damaged.");
            }

            headers.Add(new Header(offset + at, directory[at + HostByteOffset]));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 32));
            at += FileHeaderSize + nameLength + extraLength + commentLength;
        }

        return headers;
    }

    /// <summary>Sets every entry's host byte to Unix, so the stored modes count whichever OS wrote the zip.</summary>
    public static void MarkMadeByUnix(Stream zip)
    {
        foreach (var header in ReadHeaders(zip))
        {
            zip.Position = header.Offset + HostByteOffset;
            zip.WriteByte(UnixHost);
        }
    }

    private static (long Offset, long Size, long Count) Locate(Stream zip)
    {
        var tailLength = (int)Math.Min(zip.Length, EndOfCentralDirectorySize + MaxCommentLength);
        var tailStart = zip.Length - tailLength;
        var tail = ReadExactly(zip, tailStart, tailLength);

        // Scan backwards; a match counts only if its comment length reaches exactly to the end of the file.
        for (var at = tail.Length - EndOfCentralDirectorySize; at >= 0; at--)
        {
            var record = tail.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != EndOfCentralDirectorySignature
                || at + EndOfCentralDirectorySize + BinaryPrimitives.ReadUInt16LittleEndian(record[20..]) != tail.Length)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
            if (count == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue)
            {
                return LocateZip64(zip, tailStart + at);
            }

            return Checked(zip, offset, size, count);
        }

        throw new InvalidDataException("No end-of-central-directory record: not a zip file.");
    }

    private static (long Offset, long Size, long Count) LocateZip64(Stream zip, long endRecordOffset)
    {
        if (endRecordOffset < Zip64LocatorSize)
        {
            throw new InvalidDataException("The zip64 end-of-central-directory locator is missing.");
        }

        var locator = ReadExactly(zip, endRecordOffset - Zip64LocatorSize, Zip64LocatorSize);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            throw new InvalidDataException("The zip64 end-of-central-directory locator is missing.");
        }

        var endOffset = BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8));
        if (endOffset > (ulong)(zip.Length - Zip64EndSize))
        {
            throw new InvalidDataException("The zip64 end-of-central-directory record lies outside the file.");
        }

        var end = ReadExactly(zip, (long)endOffset, Zip64EndSize);
        if (BinaryPrimitives.ReadUInt32LittleEndian(end) != Zip64EndSignature)
        {
            throw new InvalidDataException("The zip64 end-of-central-directory record is damaged.");
        }

        var count = BinaryPrimitives.ReadUInt64LittleEndian(end.AsSpan(32));
        var size = BinaryPrimitives.ReadUInt64LittleEndian(end.AsSpan(40));
        var offset = BinaryPrimitives.ReadUInt64LittleEndian(end.AsSpan(48));
        if (count > int.MaxValue || size > int.MaxValue || offset > long.MaxValue)
        {
            throw new InvalidDataException("The zip64 central directory is implausibly large.");
        }

        return Checked(zip, (long)offset, (long)size, (long)count);
    }

    private static (long Offset, long Size, long Count) Checked(Stream zip, long offset, long size, long count)
    {
        if (offset > zip.Length || size > zip.Length - offset || size > int.MaxValue)
        {
            throw new InvalidDataException("The central directory lies outside the file.");
        }

        return (offset, size, count);
    }

    private static byte[] ReadExactly(Stream zip, long offset, long length)
    {
        var buffer = new byte[length];
        zip.Position = offset;
        zip.ReadExactly(buffer);
        return buffer;
    }
}
