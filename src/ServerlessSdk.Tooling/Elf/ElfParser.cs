namespace ServerlessSdk.Tooling.Elf;

/// <summary>The ELF64 little-endian parser behind <see cref="ElfFile.Read(ReadOnlySpan{byte})"/>.</summary>
internal static class ElfParser
{
    private const int HeaderSize = 64;
    private const int IdentitySize = 16;
    private const byte Class64 = 2;          // ELFCLASS64
    private const byte Class32 = 1;          // ELFCLASS32
    private const byte LittleEndian = 1;     // ELFDATA2LSB
    private const byte BigEndian = 2;        // ELFDATA2MSB
    private const int ProgramHeaderSize = 56;
    private const uint ProgramInterpreter = 3; // PT_INTERP
    private const uint ProgramDynamic = 2;     // PT_DYNAMIC
    private const ushort ExtendedProgramHeaderCount = 0xffff; // PN_XNUM: the count lives in section 0's sh_info
    private const int DynamicEntrySize = 16;
    private const ulong DynamicNull = 0;       // DT_NULL
    private const ulong DynamicNeeded = 1;     // DT_NEEDED
    private const int SymbolSize = 24;
    private const ushort UndefinedSection = 0; // SHN_UNDEF: the symbol comes from another library
    private const int VersionRecordSize = 16;  // both Elf64_Verneed and Elf64_Vernaux
    private const ushort VersionIndexMask = 0x7fff; // the top bit of a versym entry marks a hidden symbol
    private const ushort FirstNeededVersionIndex = 2; // 0 = local, 1 = global (unversioned)

    public static ElfReadResult Parse(ReadOnlySpan<byte> data)
    {
        if (IdentityFailure(data) is { } failure)
        {
            return failure;
        }

        try
        {
            return ElfReadResult.Success(ParseValidatedIdentity(data));
        }
        catch (ElfFormatException ex)
        {
            return ElfReadResult.Failure(ex.Kind, ex.Message);
        }
    }

    private static ElfReadResult? IdentityFailure(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || !data[..4].SequenceEqual("\u007fELF"u8))
        {
            return ElfReadResult.Failure(ElfReadErrorKind.NotElf, "the file does not start with the ELF magic bytes");
        }

        if (data.Length < IdentitySize)
        {
            return ElfReadResult.Failure(ElfReadErrorKind.Truncated, $"the file ends inside the ELF identification ({data.Length} bytes)");
        }

        return data[4] switch
        {
            Class32 => ElfReadResult.Failure(ElfReadErrorKind.Not64Bit, "the file is a 32-bit ELF file; Lambda runs 64-bit executables"),
            Class64 => data[5] switch
            {
                LittleEndian => data.Length < HeaderSize
                    ? ElfReadResult.Failure(ElfReadErrorKind.Truncated, $"the file ends inside the ELF header ({data.Length} of {HeaderSize} bytes)")
                    : null,
                BigEndian => ElfReadResult.Failure(ElfReadErrorKind.BigEndian, "the file is a big-endian ELF file; Lambda runs little-endian executables"),
                var other => ElfReadResult.Failure(ElfReadErrorKind.Malformed, $"the ELF data encoding {other} is not defined"),
            },
            var other => ElfReadResult.Failure(ElfReadErrorKind.Malformed, $"the ELF class {other} is not defined"),
        };
    }

    private static ElfFile ParseValidatedIdentity(ReadOnlySpan<byte> data)
    {
        var header = data[..HeaderSize];
        var type = (ElfType)ElfSpan.U16(header, 16);
        var machine = (ElfMachine)ElfSpan.U16(header, 18);
        var sections = ReadSectionHeaders(data, ElfSpan.U64(header, 40), ElfSpan.U16(header, 58), ElfSpan.U16(header, 60));

        var programHeaderCount = (uint)ElfSpan.U16(header, 56);
        if (programHeaderCount == ExtendedProgramHeaderCount && sections.Count > 0)
        {
            programHeaderCount = sections[0].Info;
        }

        var (interpreter, hasDynamicSegment) = ReadProgramHeaders(data, ElfSpan.U64(header, 32), ElfSpan.U16(header, 54), programHeaderCount);
        if (hasDynamicSegment && sections.Count == 0)
        {
            throw new ElfFormatException(
                ElfReadErrorKind.Malformed,
                "the file is dynamically linked but has no section headers, so its library needs cannot be read");
        }

        var needed = ReadNeededLibraries(data, sections);
        var (versionNeeds, versionsByIndex) = ReadVersionNeeds(data, sections);
        var versionedSymbols = ReadVersionedSymbols(data, sections, versionsByIndex);
        return new ElfFile(machine, type, interpreter, needed, versionNeeds, versionedSymbols)
        {
            Sections = NameSections(data, sections, ElfSpan.U16(header, 62)),
        };
    }

    // Names come from the section-name string table (e_shstrndx); a file without one gets unnamed sections.
    private static List<ElfSection> NameSections(ReadOnlySpan<byte> data, List<ElfSectionHeader> sections, ushort namesIndex)
    {
        var names = namesIndex < sections.Count && sections[namesIndex].Type == ElfSectionHeader.StringTable
            ? ElfSpan.FileRegion(data, sections[namesIndex].Offset, sections[namesIndex].Size, "section name table")
            : [];
        var named = new List<ElfSection>(sections.Count);
        foreach (var section in sections)
        {
            var name = names.IsEmpty ? "" : ElfSpan.CString(names, section.NameOffset, "section name");
            named.Add(new ElfSection(name, (long)section.Size, (section.Flags & ElfSectionHeader.ExecutableFlag) != 0, section.Type != ElfSectionHeader.NoBits));
        }

        return named;
    }

    private static List<ElfSectionHeader> ReadSectionHeaders(ReadOnlySpan<byte> data, ulong offset, ushort entrySize, ushort declaredCount)
    {
        var sections = new List<ElfSectionHeader>();
        if (offset == 0)
        {
            return sections;
        }

        if (entrySize < ElfSectionHeader.Size64)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, $"the section header size {entrySize} is smaller than {ElfSectionHeader.Size64}");
        }

        // With 0xff00 or more sections e_shnum is 0 and the real count is section 0's sh_size.
        var count = (ulong)declaredCount;
        if (count == 0)
        {
            var first = ElfSpan.FileRegion(data, offset, entrySize, "section header table");
            count = ElfSectionHeader.Parse(first).Size;
        }

        if (count > (ulong)data.Length / entrySize)
        {
            throw new ElfFormatException(ElfReadErrorKind.Truncated, $"the section header table ({count} entries) extends past the end of the file");
        }

        var table = ElfSpan.FileRegion(data, offset, count * entrySize, "section header table");
        for (var i = 0; i < (int)count; i++)
        {
            sections.Add(ElfSectionHeader.Parse(table.Slice(i * entrySize, ElfSectionHeader.Size64)));
        }

        return sections;
    }

    private static (string? Interpreter, bool HasDynamicSegment) ReadProgramHeaders(ReadOnlySpan<byte> data, ulong offset, ushort entrySize, uint count)
    {
        if (count == 0)
        {
            return (null, false);
        }

        if (entrySize < ProgramHeaderSize)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, $"the program header size {entrySize} is smaller than {ProgramHeaderSize}");
        }

        var table = ElfSpan.FileRegion(data, offset, (ulong)count * entrySize, "program header table");
        string? interpreter = null;
        var hasDynamicSegment = false;
        for (var i = 0; i < (int)count; i++)
        {
            var entry = table.Slice(i * entrySize, ProgramHeaderSize);
            switch (ElfSpan.U32(entry, 0))
            {
                case ProgramInterpreter:
                    var path = ElfSpan.FileRegion(data, ElfSpan.U64(entry, 8), ElfSpan.U64(entry, 32), "interpreter path (PT_INTERP)");
                    var end = path.IndexOf((byte)0);
                    interpreter = System.Text.Encoding.UTF8.GetString(end < 0 ? path : path[..end]);
                    break;
                case ProgramDynamic:
                    hasDynamicSegment = true;
                    break;
            }
        }

        return (interpreter, hasDynamicSegment);
    }

    private static List<string> ReadNeededLibraries(ReadOnlySpan<byte> data, List<ElfSectionHeader> sections)
    {
        var needed = new List<string>();
        foreach (var dynamic in sections.Where(s => s.Type == ElfSectionHeader.Dynamic))
        {
            var entrySize = EntrySize(dynamic, DynamicEntrySize, "dynamic section");
            var entries = Content(data, dynamic, "dynamic section");
            var strings = LinkedStringTable(data, sections, dynamic, "dynamic section");
            for (var at = 0UL; at + (ulong)DynamicEntrySize <= (ulong)entries.Length; at += entrySize)
            {
                var entry = entries.Slice((int)at, DynamicEntrySize);
                var tag = ElfSpan.U64(entry, 0);
                if (tag == DynamicNull)
                {
                    break;
                }

                if (tag == DynamicNeeded)
                {
                    needed.Add(ElfSpan.CString(strings, ElfSpan.U64(entry, 8), "DT_NEEDED library"));
                }
            }
        }

        return needed;
    }

    private static (List<ElfVersionNeed> Needs, Dictionary<ushort, (string File, string Version)> ByIndex) ReadVersionNeeds(
        ReadOnlySpan<byte> data, List<ElfSectionHeader> sections)
    {
        var needs = new List<ElfVersionNeed>();
        var byIndex = new Dictionary<ushort, (string File, string Version)>();
        if (sections.FirstOrDefault(s => s.Type == ElfSectionHeader.GnuVersionNeeds) is not { Type: ElfSectionHeader.GnuVersionNeeds } section)
        {
            return (needs, byIndex);
        }

        var table = Content(data, section, ".gnu.version_r section");
        var strings = LinkedStringTable(data, sections, section, ".gnu.version_r section");

        // Every record is 16 bytes, so a well-formed table has at most Length / 16 of them; more steps means the
        // next-offsets loop back on themselves.
        var stepsLeft = table.Length / VersionRecordSize;
        var declaredCount = section.Info; // sh_info = number of Elf64_Verneed entries (0 = follow vn_next to the end)
        var needOffset = 0UL;
        for (var n = 1U; ; n++)
        {
            TakeStep(ref stepsLeft);
            var need = ElfSpan.TableRegion(table, needOffset, VersionRecordSize, "version need entry");
            var auxCount = ElfSpan.U16(need, 2);
            var file = ElfSpan.CString(strings, ElfSpan.U32(need, 4), "version need file");
            var versions = new List<string>(auxCount);
            var auxOffset = needOffset + ElfSpan.U32(need, 8);
            for (var j = 0; j < auxCount; j++)
            {
                TakeStep(ref stepsLeft);
                var aux = ElfSpan.TableRegion(table, auxOffset, VersionRecordSize, "version need auxiliary entry");
                var version = ElfSpan.CString(strings, ElfSpan.U32(aux, 8), "version need");
                versions.Add(version);
                byIndex[(ushort)(ElfSpan.U16(aux, 6) & VersionIndexMask)] = (file, version);
                var nextAux = ElfSpan.U32(aux, 12);
                if (nextAux == 0)
                {
                    break;
                }

                auxOffset += nextAux;
            }

            needs.Add(new ElfVersionNeed(file, versions));
            var nextNeed = ElfSpan.U32(need, 12);
            if (nextNeed == 0 || n == declaredCount)
            {
                break;
            }

            needOffset += nextNeed;
        }

        return (needs, byIndex);
    }

    private static void TakeStep(ref int stepsLeft)
    {
        if (--stepsLeft < 0)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, "the .gnu.version_r entries link to each other in a loop");
        }
    }

    private static List<ElfVersionedSymbol> ReadVersionedSymbols(
        ReadOnlySpan<byte> data, List<ElfSectionHeader> sections, Dictionary<ushort, (string File, string Version)> versionsByIndex)
    {
        var symbols = new List<ElfVersionedSymbol>();
        if (versionsByIndex.Count == 0
            || sections.FirstOrDefault(s => s.Type == ElfSectionHeader.GnuVersionSymbols) is not { Type: ElfSectionHeader.GnuVersionSymbols } versym)
        {
            return symbols;
        }

        // .gnu.version is parallel to the symbol table its sh_link names: entry i versions symbol i.
        var dynsym = Linked(sections, versym, ElfSectionHeader.DynamicSymbols, ".gnu.version section", "a dynamic symbol table");
        var symbolSize = EntrySize(dynsym, SymbolSize, "dynamic symbol table");
        var symbolTable = Content(data, dynsym, "dynamic symbol table");
        var strings = LinkedStringTable(data, sections, dynsym, "dynamic symbol table");
        var versions = Content(data, versym, ".gnu.version section");
        var count = (ulong)symbolTable.Length / symbolSize;
        if ((ulong)versions.Length < count * sizeof(ushort))
        {
            throw new ElfFormatException(
                ElfReadErrorKind.Malformed,
                $"the .gnu.version section has {versions.Length / sizeof(ushort)} entries for {count} dynamic symbols");
        }

        // Symbol 0 is the reserved null symbol.
        for (var i = 1UL; i < count; i++)
        {
            var symbol = symbolTable.Slice((int)(i * symbolSize), SymbolSize);
            if (ElfSpan.U16(symbol, 6) != UndefinedSection)
            {
                continue;
            }

            var index = (ushort)(ElfSpan.U16(versions, (int)(i * sizeof(ushort))) & VersionIndexMask);
            if (index >= FirstNeededVersionIndex && versionsByIndex.TryGetValue(index, out var version))
            {
                var name = ElfSpan.CString(strings, ElfSpan.U32(symbol, 0), "dynamic symbol");
                symbols.Add(new ElfVersionedSymbol(name, version.File, version.Version));
            }
        }

        return symbols;
    }

    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> data, ElfSectionHeader section, string what)
    {
        if (section.Type == ElfSectionHeader.NoBits)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, $"the {what} occupies no bytes in the file");
        }

        return ElfSpan.FileRegion(data, section.Offset, section.Size, what);
    }

    private static ulong EntrySize(ElfSectionHeader section, int minimum, string what)
    {
        // An sh_entsize of 0 means "not recorded"; the structure's size is then the only sane stride.
        if (section.EntrySize == 0)
        {
            return (ulong)minimum;
        }

        if (section.EntrySize < (ulong)minimum)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, $"the {what} entry size {section.EntrySize} is smaller than {minimum}");
        }

        return section.EntrySize;
    }

    private static ReadOnlySpan<byte> LinkedStringTable(ReadOnlySpan<byte> data, List<ElfSectionHeader> sections, ElfSectionHeader section, string what)
    {
        var strings = Linked(sections, section, ElfSectionHeader.StringTable, what, "a string table");
        return Content(data, strings, $"string table of the {what}");
    }

    private static ElfSectionHeader Linked(List<ElfSectionHeader> sections, ElfSectionHeader section, uint expectedType, string what, string expected)
    {
        if (section.Link == 0 || section.Link >= (uint)sections.Count || sections[(int)section.Link].Type != expectedType)
        {
            throw new ElfFormatException(ElfReadErrorKind.Malformed, $"the {what} links to section {section.Link}, which is not {expected}");
        }

        return sections[(int)section.Link];
    }
}
