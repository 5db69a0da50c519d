using System.Buffers.Binary;
using System.Text;

namespace ServerlessSdk.Tooling.Tests.Elf;

/// <summary>Where the builder put each table, so corruption tests can poke at it.</summary>
internal sealed record ElfLayout(
    int ProgramHeaders,
    int DynamicStrings,
    int DynamicSymbols,
    int Versions,
    int VersionNeeds,
    int Dynamic,
    int SectionHeaders)
{
    public const int DynamicStringsSection = 1;
    public const int DynamicSymbolsSection = 2;
    public const int VersionsSection = 3;
    public const int VersionNeedsSection = 4;
    public const int DynamicSection = 5;
    public const int SectionHeaderSize = 64;

    public int SectionHeader(int index) => SectionHeaders + (index * SectionHeaderSize);
}

internal sealed record ElfImage(byte[] Bytes, ElfLayout Layout);

/// <summary>
/// Emits a small but structurally real ELF64 little-endian file: ELF header, PT_INTERP and PT_DYNAMIC program
/// headers, .dynstr, .dynsym, .gnu.version, .gnu.version_r and .dynamic, and their section headers, laid out the
/// way GNU ld lays them out (each Verneed followed by its Vernaux entries).
/// </summary>
internal sealed class ElfBuilder
{
    private const ushort MachineX64 = 62;
    private const ushort TypeSharedObject = 3;
    private readonly List<string> _needed = [];
    private readonly List<(string File, string Version)> _versions = [];
    private readonly List<(string Name, string? File, string? Version, bool Defined)> _symbols = [];
    private bool _static;

    public ushort Machine { get; set; } = MachineX64;

    public ushort Type { get; set; } = TypeSharedObject;

    public string? Interpreter { get; set; } = "/lib64/ld-linux-x86-64.so.2";

    /// <summary>A typical .NET Native AOT executable: libc and friends at old versions plus <c>__libc_start_main@GLIBC_2.34</c>.</summary>
    public static ElfBuilder TypicalAotExecutable() => new ElfBuilder()
        .Needs("libm.so.6")
        .Needs("libc.so.6")
        .Needs("ld-linux-x86-64.so.2")
        .Imports("__libc_start_main", "libc.so.6", "GLIBC_2.34")
        .Imports("malloc", "libc.so.6", "GLIBC_2.2.5")
        .Imports("pthread_create", "libc.so.6", "GLIBC_2.2.5")
        .Imports("pow", "libm.so.6", "GLIBC_2.29")
        .Imports("__tls_get_addr", "ld-linux-x86-64.so.2", "GLIBC_2.3")
        .Defines("main");

    public ElfBuilder Needs(string library)
    {
        if (!_needed.Contains(library))
        {
            _needed.Add(library);
        }

        return this;
    }

    /// <summary>An undefined symbol bound to <paramref name="version"/> of <paramref name="library"/>.</summary>
    public ElfBuilder Imports(string symbol, string library, string version)
    {
        Needs(library);
        NeedsVersion(library, version);
        _symbols.Add((symbol, library, version, Defined: false));
        return this;
    }

    /// <summary>A version need with no symbol using it (linkers can leave such entries).</summary>
    public ElfBuilder NeedsVersion(string library, string version)
    {
        Needs(library);
        if (!_versions.Contains((library, version)))
        {
            _versions.Add((library, version));
        }

        return this;
    }

    /// <summary>An undefined symbol without a version (versym 1, "global").</summary>
    public ElfBuilder ImportsUnversioned(string symbol)
    {
        _symbols.Add((symbol, null, null, Defined: false));
        return this;
    }

    public ElfBuilder Defines(string symbol)
    {
        _symbols.Add((symbol, null, null, Defined: true));
        return this;
    }

    /// <summary>A statically linked executable: no interpreter, no dynamic section.</summary>
    public ElfBuilder Static()
    {
        _static = true;
        Interpreter = null;
        return this;
    }

    public ElfImage Build()
    {
        var strings = new StringTable();
        var versionIndex = _versions.Select((v, i) => (v, Index: (ushort)(i + 2))).ToDictionary(x => x.v, x => x.Index);
        var symbols = BuildSymbols(strings, versionIndex, out var versions);
        var versionNeeds = BuildVersionNeeds(strings, versionIndex);
        var dynamic = BuildDynamic(strings);
        var dynamicStrings = strings.ToArray();

        var file = new MemoryStream();
        file.Write(new byte[64]);
        var programHeaderCount = _static ? 0 : Interpreter is null ? 1 : 2;
        var programHeaders = (int)file.Length;
        file.Write(new byte[56 * programHeaderCount]);
        var interpreterOffset = Append(file, Interpreter is null ? [] : [.. Encoding.ASCII.GetBytes(Interpreter), 0]);
        var stringsOffset = Append(file, _static ? [] : dynamicStrings);
        var symbolsOffset = Append(file, _static ? [] : symbols);
        var versionsOffset = Append(file, _static || _versions.Count == 0 ? [] : versions);
        var versionNeedsOffset = Append(file, _static || _versions.Count == 0 ? [] : versionNeeds);
        var dynamicOffset = Append(file, _static ? [] : dynamic);
        Align(file);
        var sectionHeaders = (int)file.Length;

        var sections = new List<byte[]> { new byte[64] };
        if (!_static)
        {
            sections.Add(SectionHeader(type: 3, stringsOffset, dynamicStrings.Length, link: 0, info: 0, entrySize: 0));
            sections.Add(SectionHeader(type: 11, symbolsOffset, symbols.Length, link: 1, info: 1, entrySize: 24));
            if (_versions.Count > 0)
            {
                sections.Add(SectionHeader(type: 0x6fffffff, versionsOffset, versions.Length, link: 2, info: 0, entrySize: 2));
                sections.Add(SectionHeader(type: 0x6ffffffe, versionNeedsOffset, versionNeeds.Length, link: 1,
                    info: (uint)_versions.Select(v => v.File).Distinct().Count(), entrySize: 0));
            }

            sections.Add(SectionHeader(type: 6, dynamicOffset, dynamic.Length, link: 1, info: 0, entrySize: 16));
        }

        foreach (var section in sections)
        {
            file.Write(section);
        }

        var bytes = file.ToArray();
        WriteHeader(bytes, programHeaders, programHeaderCount, sectionHeaders, sections.Count);
        if (!_static)
        {
            var at = programHeaders;
            if (Interpreter is not null)
            {
                WriteProgramHeader(bytes, at, type: 3, interpreterOffset, Encoding.ASCII.GetByteCount(Interpreter) + 1);
                at += 56;
            }

            WriteProgramHeader(bytes, at, type: 2, dynamicOffset, dynamic.Length);
        }

        // Without versions the version sections are absent and .dynamic moves up to index 3.
        var layout = new ElfLayout(programHeaders, stringsOffset, symbolsOffset, versionsOffset, versionNeedsOffset, dynamicOffset, sectionHeaders);
        return new ElfImage(bytes, layout);
    }

    private byte[] BuildSymbols(StringTable strings, Dictionary<(string, string), ushort> versionIndex, out byte[] versions)
    {
        var symbols = new byte[24 * (_symbols.Count + 1)];
        versions = new byte[2 * (_symbols.Count + 1)];
        for (var i = 0; i < _symbols.Count; i++)
        {
            var (name, file, version, defined) = _symbols[i];
            var entry = symbols.AsSpan(24 * (i + 1), 24);
            BinaryPrimitives.WriteUInt32LittleEndian(entry, strings.Add(name));
            entry[4] = 0x12; // STB_GLOBAL, STT_FUNC
            BinaryPrimitives.WriteUInt16LittleEndian(entry[6..], defined ? (ushort)12 : (ushort)0);
            var index = file is null || version is null ? (ushort)1 : versionIndex[(file, version)];
            BinaryPrimitives.WriteUInt16LittleEndian(versions.AsSpan(2 * (i + 1)), index);
        }

        return symbols;
    }

    private byte[] BuildVersionNeeds(StringTable strings, Dictionary<(string, string), ushort> versionIndex)
    {
        var output = new MemoryStream();
        var files = _versions.Select(v => v.File).Distinct().ToList();
        for (var f = 0; f < files.Count; f++)
        {
            var versions = _versions.Where(v => v.File == files[f]).ToList();
            var need = new byte[16];
            BinaryPrimitives.WriteUInt16LittleEndian(need, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(need.AsSpan(2), (ushort)versions.Count);
            BinaryPrimitives.WriteUInt32LittleEndian(need.AsSpan(4), strings.Add(files[f]));
            BinaryPrimitives.WriteUInt32LittleEndian(need.AsSpan(8), 16);
            BinaryPrimitives.WriteUInt32LittleEndian(need.AsSpan(12), f == files.Count - 1 ? 0u : (uint)(16 + (16 * versions.Count)));
            output.Write(need);
            for (var v = 0; v < versions.Count; v++)
            {
                var aux = new byte[16];
                BinaryPrimitives.WriteUInt16LittleEndian(aux.AsSpan(6), versionIndex[versions[v]]);
                BinaryPrimitives.WriteUInt32LittleEndian(aux.AsSpan(8), strings.Add(versions[v].Version));
                BinaryPrimitives.WriteUInt32LittleEndian(aux.AsSpan(12), v == versions.Count - 1 ? 0u : 16u);
                output.Write(aux);
            }
        }

        return output.ToArray();
    }

    private byte[] BuildDynamic(StringTable strings)
    {
        var dynamic = new byte[16 * (_needed.Count + 1)];
        for (var i = 0; i < _needed.Count; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(dynamic.AsSpan(16 * i), 1); // DT_NEEDED
            BinaryPrimitives.WriteUInt64LittleEndian(dynamic.AsSpan((16 * i) + 8), strings.Add(_needed[i]));
        }

        return dynamic; // ends with DT_NULL
    }

    private void WriteHeader(byte[] bytes, int programHeaders, int programHeaderCount, int sectionHeaders, int sectionCount)
    {
        "\u007fELF"u8.CopyTo(bytes);
        bytes[4] = 2; // ELFCLASS64
        bytes[5] = 1; // ELFDATA2LSB
        bytes[6] = 1; // EV_CURRENT
        var header = bytes.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(header[16..], Type);
        BinaryPrimitives.WriteUInt16LittleEndian(header[18..], Machine);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(header[32..], programHeaderCount == 0 ? 0UL : (ulong)programHeaders);
        BinaryPrimitives.WriteUInt64LittleEndian(header[40..], (ulong)sectionHeaders);
        BinaryPrimitives.WriteUInt16LittleEndian(header[52..], 64);
        BinaryPrimitives.WriteUInt16LittleEndian(header[54..], 56);
        BinaryPrimitives.WriteUInt16LittleEndian(header[56..], (ushort)programHeaderCount);
        BinaryPrimitives.WriteUInt16LittleEndian(header[58..], 64);
        BinaryPrimitives.WriteUInt16LittleEndian(header[60..], (ushort)sectionCount);
    }

    private static void WriteProgramHeader(byte[] bytes, int at, uint type, int offset, int size)
    {
        var entry = bytes.AsSpan(at, 56);
        BinaryPrimitives.WriteUInt32LittleEndian(entry, type);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[8..], (ulong)offset);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[32..], (ulong)size);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[40..], (ulong)size);
    }

    private static byte[] SectionHeader(uint type, int offset, int size, uint link, uint info, ulong entrySize)
    {
        var header = new byte[64];
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), type);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(24), (ulong)offset);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(32), (ulong)size);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), link);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(44), info);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(56), entrySize);
        return header;
    }

    private static int Append(MemoryStream file, byte[] content)
    {
        Align(file);
        var offset = (int)file.Length;
        file.Write(content);
        return offset;
    }

    private static void Align(MemoryStream file)
    {
        while (file.Length % 8 != 0)
        {
            file.WriteByte(0);
        }
    }

    /// <summary>A .dynstr: NUL first, each string once.</summary>
    private sealed class StringTable
    {
        private readonly MemoryStream _bytes = new();
        private readonly Dictionary<string, uint> _offsets = [];

        public StringTable() => _bytes.WriteByte(0);

        public uint Add(string value)
        {
            if (!_offsets.TryGetValue(value, out var offset))
            {
                offset = (uint)_bytes.Length;
                _bytes.Write(Encoding.ASCII.GetBytes(value));
                _bytes.WriteByte(0);
                _offsets[value] = offset;
            }

            return offset;
        }

        public byte[] ToArray() => _bytes.ToArray();
    }
}
