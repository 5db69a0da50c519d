using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// Reads the size statistics the Native AOT compiler writes with <c>IlcGenerateMstatFile</c>: an IL assembly whose
/// global methods <c>Methods</c>, <c>Types</c>, <c>RvaFields</c>, <c>FrozenObjects</c> and <c>Blobs</c> list, as
/// <c>ldtoken</c>/<c>ldstr</c> followed by <c>ldc.i4</c> figures, every compiled method, type, static data blob and
/// other node with its size. Tokens are resolved to their assembly and namespace with System.Reflection.Metadata
/// (part of .NET), so no tool or package is needed.
/// </summary>
public static class MstatReader
{
    private const string CoreLibrary = "System.Private.CoreLib";

    // Blobs the itemised lists already count (FieldRvaData, ArrayOfFrozenObjects), stubs inside the code sections, and
    // kinds the compiler keeps in the hydrated section: on disk, all of those are inside DehydratedData.
    private static readonly HashSet<string> NotSeparateBlobs = new(StringComparer.Ordinal)
    {
        "FieldRvaData", "ArrayOfFrozenObjects", "UnboxingStub", "ReadyToRunHelper", "WritableData", "TypeGenericDictionary",
        "MethodGenericDictionary", "InterfaceDispatchMap", "InterfaceDispatchCellSection", "GCStaticEEType", "SealedVTable",
        "GenericComposition", "GCStatics", "NonGCStatics", "GCStaticsPreInitData", "TypeThreadStaticIndex", "ArrayOfEmbeddedPointers",
        "ArrayOfEmbeddedData", "TlsRoot", "ModulesSection",
    };

    /// <summary>Reads an <c>.mstat</c> file; a file that is not one throws <see cref="InvalidDataException"/>.</summary>
    public static MstatSizes Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads an <c>.mstat</c> stream; one that is not an mstat file throws <see cref="InvalidDataException"/>.</summary>
    public static MstatSizes Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var pe = new PEReader(stream, PEStreamOptions.PrefetchEntireImage);
            if (!pe.HasMetadata)
            {
                throw new InvalidDataException("the file has no .NET metadata: it is not an mstat file");
            }

            return new Reader(pe).Read();
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"the file is not a readable mstat file: {ex.Message}", ex);
        }
    }

    private sealed class Reader(PEReader pe)
    {
        private readonly MetadataReader _metadata = pe.GetMetadataReader();
        private readonly Dictionary<EntityHandle, (string Assembly, string Namespace)> _owners = [];
        private readonly Dictionary<(string Assembly, string Namespace), MstatEntry> _sizes = [];
        private readonly Dictionary<string, long> _blobs = new(StringComparer.Ordinal);

        public MstatSizes Read()
        {
            var global = _metadata.TypeDefinitions.Select(_metadata.GetTypeDefinition).Where(t => _metadata.GetString(t.Name) == "<Module>").ToList();
            if (global.Count != 1)
            {
                throw new InvalidDataException("the file has no global type: it is not an mstat file");
            }

            var lists = global[0].GetMethods().Select(_metadata.GetMethodDefinition).ToDictionary(m => _metadata.GetString(m.Name), StringComparer.Ordinal);
            if (!lists.ContainsKey("Methods") || !lists.ContainsKey("Types"))
            {
                throw new InvalidDataException("the file has no Methods and Types lists: it is not an mstat file");
            }

            var version = _metadata.GetAssemblyDefinition().Version;
            foreach (var (name, method) in lists)
            {
                var records = Records(method);
                switch (name)
                {
                    // Code, then its GC and EH info (format 1 and 2 alike; 2 adds a node id).
                    case "Methods":
                        Add(records, (entry, v) => entry with { Code = entry.Code + v[0], CodeInfo = entry.CodeInfo + v.Skip(1).Take(2).Sum() });
                        break;
                    case "RvaFields":
                        Add(records, (entry, v) => entry with { Data = entry.Data + v[0] });
                        break;
                    case "Types" or "FrozenObjects":
                        Add(records, (entry, v) => entry with { Hydrated = entry.Hydrated + v[0] });
                        break;
                    case "Blobs":
                        foreach (var record in records.Where(r => r.Name is not null && r.Values.Count > 0 && !NotSeparateBlobs.Contains(r.Name)))
                        {
                            _blobs[record.Name!] = _blobs.GetValueOrDefault(record.Name!) + record.Values[0];
                        }

                        break;
                }
            }

            var entries = _sizes.Values.OrderByDescending(e => e.Code + e.CodeInfo + e.Data + e.Hydrated).ThenBy(e => e.Assembly, StringComparer.Ordinal).ThenBy(e => e.Namespace, StringComparer.Ordinal).ToList();
            return new MstatSizes(version, entries, _blobs.OrderByDescending(b => b.Value).Select(b => new MstatBlob(b.Key, b.Value)).ToList());
        }

        private void Add(List<Record> records, Func<MstatEntry, List<long>, MstatEntry> add)
        {
            foreach (var record in records)
            {
                // A record without figures names an owner whose figures follow in the next record (frozen objects).
                if (record.Token is not { } token || record.Values.Count == 0)
                {
                    continue;
                }

                var owner = Owner(token);
                _sizes[owner] = add(_sizes.GetValueOrDefault(owner) ?? new MstatEntry(owner.Assembly, owner.Namespace, 0, 0, 0, 0), record.Values);
            }
        }

        // Each record: one ldtoken or ldstr, then the ldc.i4 figures up to the next one.
        private List<Record> Records(MethodDefinition method)
        {
            var records = new List<Record>();
            var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
            Record? current = null;
            while (il.RemainingBytes > 0)
            {
                var opcode = il.ReadByte();
                long? value = opcode switch
                {
                    >= 0x15 and <= 0x1E => opcode - 0x16,      // ldc.i4.m1 .. ldc.i4.8
                    0x1F => il.ReadSByte(),                   // ldc.i4.s
                    0x20 => il.ReadInt32(),                   // ldc.i4
                    _ => null,
                };
                if (value is { } figure)
                {
                    current?.Values.Add(figure);
                }
                else if (opcode == 0xD0)                      // ldtoken
                {
                    records.Add(current = new Record(MetadataTokens.EntityHandle(il.ReadInt32()), null));
                }
                else if (opcode == 0x72)                      // ldstr
                {
                    records.Add(current = new Record(null, _metadata.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32()))));
                }
                else if (opcode is not (0x00 or 0x26 or 0x2A)) // nop, pop, ret
                {
                    throw new InvalidDataException($"unexpected IL opcode 0x{opcode:X2} in the mstat list {_metadata.GetString(method.Name)}");
                }
            }

            return records;
        }

        private (string Assembly, string Namespace) Owner(EntityHandle handle)
        {
            if (_owners.TryGetValue(handle, out var owner))
            {
                return owner;
            }

            owner = handle.Kind switch
            {
                HandleKind.MemberReference => Owner(_metadata.GetMemberReference((MemberReferenceHandle)handle).Parent),
                HandleKind.MethodSpecification => Owner(_metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
                HandleKind.TypeReference => TypeOwner((TypeReferenceHandle)handle),
                HandleKind.TypeSpecification => SpecificationOwner((TypeSpecificationHandle)handle),
                _ => ("(unknown)", ""),
            };
            _owners[handle] = owner;
            return owner;
        }

        // A nested type's namespace is its outermost type's; its assembly the scope that type resolves to.
        private (string Assembly, string Namespace) TypeOwner(TypeReferenceHandle handle)
        {
            var type = _metadata.GetTypeReference(handle);
            var scope = type.ResolutionScope;
            return scope.Kind switch
            {
                HandleKind.AssemblyReference => (_metadata.GetString(_metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name), _metadata.GetString(type.Namespace)),
                HandleKind.TypeReference => Owner(scope),
                _ => ("(unknown)", _metadata.GetString(type.Namespace)),
            };
        }

        // List<Order> is List's, Order[] is Order's, int is the core library's.
        private (string Assembly, string Namespace) SpecificationOwner(TypeSpecificationHandle handle)
        {
            var blob = _metadata.GetBlobReader(_metadata.GetTypeSpecification(handle).Signature);
            while (blob.RemainingBytes > 0)
            {
                var element = (SignatureTypeCode)blob.ReadCompressedInteger();
                switch (element)
                {
                    case SignatureTypeCode.GenericTypeInstance:
                        continue; // then CLASS/VALUETYPE and the generic definition
                    case (SignatureTypeCode)0x11 or (SignatureTypeCode)0x12: // ELEMENT_TYPE_VALUETYPE, ELEMENT_TYPE_CLASS
                        return Owner(blob.ReadTypeHandle());
                    case SignatureTypeCode.SZArray or SignatureTypeCode.Pointer or SignatureTypeCode.ByReference or SignatureTypeCode.Array
                        or SignatureTypeCode.Pinned:
                        continue; // the element type follows
                    case SignatureTypeCode.RequiredModifier or SignatureTypeCode.OptionalModifier:
                        blob.ReadTypeHandle();
                        continue;
                    case SignatureTypeCode.GenericTypeParameter or SignatureTypeCode.GenericMethodParameter:
                    case SignatureTypeCode.FunctionPointer:
                        return ("(unknown)", "");
                    default:
                        return (CoreLibrary, "System"); // a primitive: bool, int, string, object, ...
                }
            }

            return ("(unknown)", "");
        }
    }

    private sealed record Record(EntityHandle? Token, string? Name)
    {
        public List<long> Values { get; } = [];
    }
}

/// <summary>What an mstat file attributes: bytes per assembly and namespace, and the compiler's other nodes by kind.</summary>
/// <param name="FormatVersion">The mstat format version (the file's assembly version; 2.x since .NET 8).</param>
/// <param name="Entries">Bytes per assembly and namespace, largest first.</param>
/// <param name="Blobs">
/// The other nodes stored as they are (reflection metadata, stack-trace maps, hashtables, ...) by kind, largest first;
/// <c>DehydratedData</c> is the compressed form of the hydrated section (types, frozen objects, dictionaries, statics).
/// </param>
public sealed record MstatSizes(Version FormatVersion, IReadOnlyList<MstatEntry> Entries, IReadOnlyList<MstatBlob> Blobs);

/// <summary>The bytes one namespace of one assembly takes.</summary>
/// <param name="Assembly">The assembly.</param>
/// <param name="Namespace">The namespace (of the outermost type); empty for the global one.</param>
/// <param name="Code">Its methods' machine code.</param>
/// <param name="CodeInfo">Its methods' GC and exception-handling info.</param>
/// <param name="Data">Its static data stored as is (RVA fields: constant arrays, UTF-8 literals).</param>
/// <param name="Hydrated">Its types and frozen objects at their in-memory size (the file holds them compressed).</param>
public sealed record MstatEntry(string Assembly, string Namespace, long Code, long CodeInfo, long Data, long Hydrated);

/// <summary>The bytes of one kind of compiler node.</summary>
public sealed record MstatBlob(string Kind, long Bytes);
