namespace ServerlessSdk.Tooling.Elf;

/// <summary>One section of an ELF file, as the size breakdown needs it.</summary>
/// <param name="Name">The section's name (<c>.text</c>, <c>__managedcode</c>, ...); empty when the file names none.</param>
/// <param name="Size">Its size in bytes (in memory; in the file too unless <paramref name="InFile"/> is false).</param>
/// <param name="Executable">Whether it holds code (<c>SHF_EXECINSTR</c>).</param>
/// <param name="InFile">False for <c>SHT_NOBITS</c> sections (<c>.bss</c>), which take no file bytes.</param>
public sealed record ElfSection(string Name, long Size, bool Executable, bool InFile);
