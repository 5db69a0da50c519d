
using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>What a Native AOT executable's bytes are: each assembly's compiled code and data, and the rest.</summary>
/// <param name="File">The executable's file name (<c>bootstrap</c>).</param>
/// <param name="Bytes">Its size on disk.</param>
/// <param name="Parts">
/// Every part, largest first: one per assembly (with its largest namespaces), the compiler's own data, the native
/// runtime's code, the unwind tables and ELF structure, and what none of them accounts for.
/// </param>
public sealed record ExecutableBreakdown(string File, long Bytes, IReadOnlyList<ExecutablePart> Parts)
{
    /// <summary>How many namespaces each assembly lists.</summary>
    public const int NamespacesPerAssembly = 5;

    // Sections of managed code: the mstat counts their bytes per method.
    private static readonly HashSet<string> ManagedCodeSections = new(StringComparer.Ordinal) { "__managedcode", "__unbox" };

    // Unwind tables, symbols, relocations and other linker structure, for native and managed code alike.
    private static readonly HashSet<string> StructureSections = new(StringComparer.Ordinal)
    {
        ".interp", ".note.gnu.property", ".note.gnu.build-id", ".note.ABI-tag", ".hash", ".gnu.hash", ".dynsym", ".dynstr",
        ".gnu.version", ".gnu.version_d", ".gnu.version_r", ".rela.dyn", ".rela.plt", ".eh_frame_hdr", ".eh_frame",
        ".dynamic", ".got", ".got.plt", ".init_array", ".fini_array", ".comment", ".shstrtab", ".symtab", ".strtab",
        ".gnu_debuglink",
    };

    /// <summary>The assemblies, largest first.</summary>
    public IEnumerable<ExecutablePart> Assemblies => Parts.Where(p => p.Kind == ExecutablePartKind.Assembly);

    /// <summary>
    /// Puts the compiler's figures (<paramref name="mstat"/>) beside the executable's own sections. An assembly gets
    /// its share of the managed code sections (by its methods' code size), of the GC/EH info table, its static data,
    /// and the share of the dehydrated data its types and frozen objects take in the hydrated section (they are
    /// stored compressed, so their in-memory sizes are scaled by the compression the file shows). The compiler's other
    /// tables, the native runtime's code and the ELF structure are parts of their own; what none of them accounts for
    /// (native read-only data, alignment) is reported as unattributed, not spread over the others.
    /// </summary>
    public static ExecutableBreakdown Create(string file, long bytes, MstatSizes mstat, IReadOnlyList<ElfSection> sections)
    {
        ArgumentNullException.ThrowIfNull(mstat);
        ArgumentNullException.ThrowIfNull(sections);
        long Section(string name) => sections.Where(s => s.Name == name).Sum(s => s.Size);
        var entries = mstat.Entries;
        var code = Scale(entries.Sum(e => e.Code), sections.Where(s => ManagedCodeSections.Contains(s.Name)).Sum(s => s.Size));
        var codeInfo = Scale(entries.Sum(e => e.CodeInfo), Section(".dotnet_eh_table"));
        var dehydrated = mstat.Blobs.Where(b => b.Kind == "DehydratedData").Sum(b => b.Bytes);
        var hydratedSection = Section(".hydrated");
        // Without dehydration (or a section to compare with) the types are stored as they are.
        var hydrated = dehydrated > 0 && hydratedSection > 0 ? (double)dehydrated / hydratedSection : 1.0;
        long Bytes(MstatEntry e) => (long)Math.Round((e.Code * code) + (e.CodeInfo * codeInfo) + e.Data + (e.Hydrated * hydrated));

        var parts = entries
            .GroupBy(e => e.Assembly, StringComparer.Ordinal)
            .Select(assembly => new ExecutablePart(
                assembly.Key,
                ExecutablePartKind.Assembly,
                assembly.Sum(Bytes),
                assembly.Select(e => new NamespaceSize(e.Namespace.Length == 0 ? "(global)" : e.Namespace, Bytes(e)))
                    .OrderByDescending(n => n.Bytes).ThenBy(n => n.Name, StringComparer.Ordinal)
                    .Take(NamespacesPerAssembly)
                    .ToList()))
            .ToList();
        var typesOnDisk = (long)Math.Round(entries.Sum(e => e.Hydrated) * hydrated);
        var compilerData = mstat.Blobs.Where(b => b.Kind != "DehydratedData").Sum(b => b.Bytes) + Math.Max(0, dehydrated - typesOnDisk);
        parts.Add(new ExecutablePart("compiler data (reflection metadata, stack-trace maps, dictionaries)", ExecutablePartKind.CompilerData, compilerData, []));
        var native = sections.Where(s => s.Executable && s.InFile && !ManagedCodeSections.Contains(s.Name)).Sum(s => s.Size);
        parts.Add(new ExecutablePart("native runtime code (GC, threads, libc glue)", ExecutablePartKind.NativeRuntime, native, []));
        var structure = sections.Where(s => s.InFile && StructureSections.Contains(s.Name)).Sum(s => s.Size);
        parts.Add(new ExecutablePart("unwind tables, symbols, relocations (ELF structure)", ExecutablePartKind.Structure, structure, []));
        var attributed = parts.Sum(p => p.Bytes);
        parts.Add(new ExecutablePart("unattributed (native data, alignment)", ExecutablePartKind.Unattributed, bytes - attributed, []));
        return new ExecutableBreakdown(file, bytes, [.. parts.OrderByDescending(p => p.Bytes).ThenBy(p => p.Name, StringComparer.Ordinal)]);
    }

    // The factor that turns the compiler's per-item sizes into their share of the section that holds them.
    private static double Scale(long items, long section) => items > 0 && section > 0 ? (double)section / items : 1.0;

    /// <summary>The <paramref name="count"/> largest parts, then one summing the rest when there are more.</summary>
    public IReadOnlyList<ExecutablePart> Top(int count)
    {
        if (Parts.Count <= count + 1)
        {
            return Parts;
        }

        var rest = Parts.Skip(count).ToList();
        return [.. Parts.Take(count), new ExecutablePart($"{rest.Count} other parts", ExecutablePartKind.Assembly, rest.Sum(p => p.Bytes), [])];
    }

    /// <summary>The largest assemblies, as <c>System.Private.CoreLib 1.21 MB, System.Text.Json 0.62 MB</c>.</summary>
    public string DescribeLargest(int count) =>
        string.Join(", ", Assemblies.Take(count).Select(p => $"{p.Name} {Reports.ReportFormat.Bytes(p.Bytes)}"));
}

/// <summary>One part of an executable.</summary>
/// <param name="Name">The assembly's name, or what the part is.</param>
/// <param name="Kind">Which kind of part it is.</param>
/// <param name="Bytes">Its size; for <see cref="ExecutablePartKind.Unattributed"/>, negative when the parts overshoot.</param>
/// <param name="Namespaces">For an assembly, its largest namespaces, largest first; else empty.</param>
public sealed record ExecutablePart(string Name, ExecutablePartKind Kind, long Bytes, IReadOnlyList<NamespaceSize> Namespaces);

/// <summary>The bytes of one namespace of an assembly.</summary>
public sealed record NamespaceSize(string Name, long Bytes);

/// <summary>What an <see cref="ExecutablePart"/> is.</summary>
public enum ExecutablePartKind
{
    /// <summary>An assembly's compiled methods (with GC/EH info), types, static data and frozen objects.</summary>
    Assembly,

    /// <summary>The compiler's own tables: reflection metadata, stack-trace maps, hashtables, dispatch cells.</summary>
    CompilerData,

    /// <summary>The native runtime's code (C/C++: GC, threading, the glue to libc).</summary>
    NativeRuntime,

    /// <summary>Unwind tables, dynamic symbols, relocations, notes: ELF structure.</summary>
    Structure,

    /// <summary>What the other parts do not account for.</summary>
    Unattributed,
}
