namespace ServerlessSdk.Tooling.Elf;

/// <summary>The fields of an <c>Elf64_Shdr</c> the parser uses.</summary>
internal readonly record struct ElfSectionHeader(uint Type, ulong Offset, ulong Size, uint Link, uint Info, ulong EntrySize, uint NameOffset = 0, ulong Flags = 0)
{
    public const int Size64 = 64;
    public const uint StringTable = 3;   // SHT_STRTAB
    public const uint Dynamic = 6;       // SHT_DYNAMIC
    public const uint NoBits = 8;        // SHT_NOBITS: occupies memory, not file bytes
    public const ulong ExecutableFlag = 0x4; // SHF_EXECINSTR
    public const uint DynamicSymbols = 11; // SHT_DYNSYM
    public const uint GnuVersionNeeds = 0x6ffffffe; // SHT_GNU_verneed (.gnu.version_r)
    public const uint GnuVersionSymbols = 0x6fffffff; // SHT_GNU_versym (.gnu.version)

    public static ElfSectionHeader Parse(ReadOnlySpan<byte> entry) => new(
        Type: ElfSpan.U32(entry, 4),
        Offset: ElfSpan.U64(entry, 24),
        Size: ElfSpan.U64(entry, 32),
        Link: ElfSpan.U32(entry, 40),
        Info: ElfSpan.U32(entry, 44),
        EntrySize: ElfSpan.U64(entry, 56),
        NameOffset: ElfSpan.U32(entry, 0),
        Flags: ElfSpan.U64(entry, 8));
}
