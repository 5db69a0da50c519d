using System.Buffers.Binary;
using System.Text;

namespace ServerlessSdk.Tooling.Elf;

/// <summary>
/// Little-endian reads that check every offset and length first, so a truncated or corrupt file becomes an
/// <see cref="ElfFormatException"/> instead of an out-of-range exception.
/// </summary>
internal static class ElfSpan
{
    /// <summary>A region of the whole file; running past the end means the file is truncated.</summary>
    public static ReadOnlySpan<byte> FileRegion(ReadOnlySpan<byte> file, ulong offset, ulong length, string what)
    {
        if (offset > (ulong)file.Length || length > (ulong)file.Length - offset)
        {
            throw new ElfFormatException(
                ElfReadErrorKind.Truncated,
                $"the {what} (offset {offset}, {length} bytes) extends past the end of the file ({file.Length} bytes)");
        }

        return file.Slice((int)offset, (int)length);
    }

    /// <summary>A region inside a table already cut from the file; running past its end means a bad internal offset.</summary>
    public static ReadOnlySpan<byte> TableRegion(ReadOnlySpan<byte> table, ulong offset, ulong length, string what)
    {
        if (offset > (ulong)table.Length || length > (ulong)table.Length - offset)
        {
            throw new ElfFormatException(
                ElfReadErrorKind.Malformed,
                $"the {what} at offset {offset} lies outside its table ({table.Length} bytes)");
        }

        return table.Slice((int)offset, (int)length);
    }

    public static ushort U16(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(span[offset..]);

    public static uint U32(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(span[offset..]);

    public static ulong U64(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadUInt64LittleEndian(span[offset..]);

    /// <summary>The NUL-terminated string at <paramref name="offset"/> of a string table.</summary>
    public static string CString(ReadOnlySpan<byte> stringTable, ulong offset, string what)
    {
        if (offset >= (ulong)stringTable.Length)
        {
            throw new ElfFormatException(
                ElfReadErrorKind.Malformed,
                $"the {what} name offset {offset} lies outside its string table ({stringTable.Length} bytes)");
        }

        var rest = stringTable[(int)offset..];
        var end = rest.IndexOf((byte)0);
        if (end < 0)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, $"the {what} name at offset {offset} is not NUL-terminated");
        }

        return Encoding.UTF8.GetString(rest[..end]);
    }
}
