namespace ServerlessSdk.Tooling.Elf;

/// <summary>
/// What the artifact checks need to know about an ELF64 little-endian executable or shared object, read by our
/// own parser (no <c>readelf</c>, no native tools) so it runs wherever the build runs.
/// </summary>
/// <param name="Machine">The <c>e_machine</c> field: the CPU the code is for.</param>
/// <param name="Type">The <c>e_type</c> field: executable, shared object (which includes PIE executables), ...</param>
/// <param name="Interpreter">The dynamic loader named by <c>PT_INTERP</c>; <see langword="null"/> for static files.</param>
/// <param name="Needed">The <c>DT_NEEDED</c> library names from the dynamic section, in file order.</param>
/// <param name="VersionNeeds">The <c>.gnu.version_r</c> entries: which versions each needed library must provide.</param>
/// <param name="VersionedSymbols">
/// The undefined <c>.dynsym</c> symbols whose <c>.gnu.version</c> entry names one of <paramref name="VersionNeeds"/>,
/// so a check can say which calls pull in a version.
/// </param>
public sealed record ElfFile(
    ElfMachine Machine,
    ElfType Type,
    string? Interpreter,
    IReadOnlyList<string> Needed,
    IReadOnlyList<ElfVersionNeed> VersionNeeds,
    IReadOnlyList<ElfVersionedSymbol> VersionedSymbols)
{
    /// <summary>The section headers, in file order (index 0 is the null section).</summary>
    public IReadOnlyList<ElfSection> Sections { get; init; } = [];

    /// <summary>
    /// Parses an ELF64 little-endian file. Never throws for bad input: not-ELF, 32-bit, big-endian, truncated and
    /// corrupt files give a failed <see cref="ElfReadResult"/> whose <see cref="ElfReadError.Kind"/> says which.
    /// </summary>
    /// <remarks>
    /// Libraries and versions are found through the section headers (<c>SHT_DYNAMIC</c>, <c>SHT_DYNSYM</c>,
    /// <c>SHT_GNU_verneed</c>, <c>SHT_GNU_versym</c>), which <c>strip</c> keeps. A dynamically linked file without
    /// section headers is reported as malformed rather than silently passing as if it needed nothing.
    /// </remarks>
    public static ElfReadResult Read(ReadOnlySpan<byte> bytes) => ElfParser.Parse(bytes);

    /// <summary>Reads and parses the file at <paramref name="path"/>; an I/O failure is an <see cref="ElfReadErrorKind.Unreadable"/> result.</summary>
    public static ElfReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            // Whole-file read: a function executable is tens of MB, and the dynamic tables sit at both ends.
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ElfReadResult.Failure(ElfReadErrorKind.Unreadable, ex.Message.TrimEnd('.'));
        }

        return Read(bytes);
    }
}
