namespace ServerlessSdk.Tooling.Elf;

/// <summary>Why a file could not be read as an ELF64 little-endian file.</summary>
public enum ElfReadErrorKind
{
    /// <summary>The file does not start with the ELF magic bytes.</summary>
    NotElf,

    /// <summary>The file is a 32-bit ELF file.</summary>
    Not64Bit,

    /// <summary>The file is a big-endian ELF file.</summary>
    BigEndian,

    /// <summary>A header or table extends past the end of the file.</summary>
    Truncated,

    /// <summary>The structure is inconsistent: bad entry sizes, dangling links, unterminated strings, loops.</summary>
    Malformed,

    /// <summary>The file could not be read from disk.</summary>
    Unreadable,
}

/// <summary>A failed ELF read: what kind of failure and a one-line explanation.</summary>
/// <param name="Kind">The failure category, which decides the diagnostic code.</param>
/// <param name="Message">What was wrong, e.g. which table points past the end of the file.</param>
public sealed record ElfReadError(ElfReadErrorKind Kind, string Message);
