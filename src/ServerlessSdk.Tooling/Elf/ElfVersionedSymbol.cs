namespace ServerlessSdk.Tooling.Elf;

/// <summary>An undefined dynamic symbol bound to a version another library must provide.</summary>
/// <param name="Name">The symbol, e.g. <c>__libc_start_main</c>.</param>
/// <param name="File">The library that must provide it, e.g. <c>libc.so.6</c>.</param>
/// <param name="Version">The version it needs, e.g. <c>GLIBC_2.34</c>.</param>
public sealed record ElfVersionedSymbol(string Name, string File, string Version)
{
    /// <summary>The conventional <c>name@version</c> form, e.g. <c>__libc_start_main@GLIBC_2.34</c>.</summary>
    public override string ToString() => $"{Name}@{Version}";
}
