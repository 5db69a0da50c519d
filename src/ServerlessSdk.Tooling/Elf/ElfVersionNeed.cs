namespace ServerlessSdk.Tooling.Elf;

/// <summary>One <c>Elf64_Verneed</c> entry of <c>.gnu.version_r</c>: a needed library and the symbol versions it must provide.</summary>
/// <param name="File">The library's soname, e.g. <c>libc.so.6</c>.</param>
/// <param name="Versions">Its version names in file order, e.g. <c>GLIBC_2.2.5</c>, <c>GLIBC_2.34</c>.</param>
public sealed record ElfVersionNeed(string File, IReadOnlyList<string> Versions);
