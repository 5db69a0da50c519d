using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>
/// Writes Fixtures/tiny.mstat, a few KB in the Native AOT compiler's mstat format 2.2: its global methods list methods,
/// types, static data, frozen objects and blobs of System.Private.CoreLib, System.Text.Json and Serilog with known
/// sizes. Regenerated with SERVERLESS_UPDATE_GOLDEN=1 (MstatReaderTests); the checked-in copy is what tests read.
/// </summary>
internal static class MstatFixture
{
    public static byte[] Build()
    {
        var metadata = new MetadataBuilder();
        var il = new BlobBuilder();
        var bodies = new MethodBodyStreamEncoder(il);
        metadata.AddModule(0, metadata.GetOrAddString("tiny.mstat"), metadata.GetOrAddGuid(new Guid("5759e988-bd86-2e3f-e1be-46a994272793")), default, default);
        metadata.AddAssembly(metadata.GetOrAddString("tiny"), new Version(2, 2, 65535, 65535), default, default, 0, AssemblyHashAlgorithm.None);

        var coreLib = Reference(metadata, "System.Private.CoreLib");
        var json = Reference(metadata, "System.Text.Json");
        var serilog = Reference(metadata, "Serilog");
        var stringType = Type(metadata, coreLib, "System", "String");
        var listType = Type(metadata, coreLib, "System.Collections.Generic", "List`1");
        var writer = Type(metadata, json, "System.Text.Json", "Utf8JsonWriter");
        var logger = Type(metadata, serilog, "Serilog.Core", "Logger");
        var nested = metadata.AddTypeReference(logger, default, metadata.GetOrAddString("Nested"));
        var listOfLogger = ListOf(metadata, listType, logger);

        var voidMethod = new BlobBuilder();
        new BlobEncoder(voidMethod).MethodSignature(isInstanceMethod: true).Parameters(0, r => r.Void(), p => { });
        var voidSignature = metadata.GetOrAddBlob(voidMethod);
        var intField = new BlobBuilder();
        new BlobEncoder(intField).Field().Type().Int32();
        var fieldSignature = metadata.GetOrAddBlob(intField);
        EntityHandle Method(EntityHandle parent, string name) => metadata.AddMemberReference(parent, metadata.GetOrAddString(name), voidSignature);
        EntityHandle Field(EntityHandle parent, string name) => metadata.AddMemberReference(parent, metadata.GetOrAddString(name), fieldSignature);

        // Methods: ldtoken, code, GC info, EH info, node id.
        var methods = Body(bodies, metadata, e =>
        {
            Record(e, Method(stringType, "Concat"), 1000, 100, 10, 1);
            Record(e, Method(writer, "WriteString"), 600, 60, 0, 2);
            Record(e, Method(writer, "Flush"), 400, 40, 0, 3);
            Record(e, Method(logger, "Write"), 300, 30, 0, 4);
            Record(e, Method(nested, "Render"), 200, 20, 0, 5);
            Record(e, Method(listOfLogger, "Add"), 100, 10, 0, 6);
        });
        // Types: ldtoken, size, node id.
        var types = Body(bodies, metadata, e =>
        {
            Record(e, stringType, 80, 7);
            Record(e, writer, 120, 8);
            Record(e, logger, 200, 9);
        });
        var rvaFields = Body(bodies, metadata, e => Record(e, Field(writer, "s_table"), 256, 10));
        // Frozen objects: an owner with no figures, then the object's type, size, offset and node id.
        var frozen = Body(bodies, metadata, e =>
        {
            e.OpCode(ILOpCode.Ldtoken);
            e.Token(Field(logger, "s_none"));
            Record(e, stringType, 40, 0, 11);
        });
        var blobs = Body(bodies, metadata, e =>
        {
            Blob(e, metadata, "Metadata", 5000);
            Blob(e, metadata, "StackTraceMethodMapping", 700);
            Blob(e, metadata, "DehydratedData", 300);
            Blob(e, metadata, "FieldRvaData", 256);
            Blob(e, metadata, "ArrayOfFrozenObjects", 48);
            Blob(e, metadata, "WritableData", 64);
        });

        var staticVoid = new BlobBuilder();
        new BlobEncoder(staticVoid).MethodSignature().Parameters(0, r => r.Void(), p => { });
        var staticSignature = metadata.GetOrAddBlob(staticVoid);
        var first = MetadataTokens.MethodDefinitionHandle(1);
        foreach (var (name, body) in new[] { ("Methods", methods), ("Types", types), ("RvaFields", rvaFields), ("FrozenObjects", frozen), ("Blobs", blobs) })
        {
            metadata.AddMethodDefinition(MethodAttributes.Static | MethodAttributes.Public, MethodImplAttributes.IL, metadata.GetOrAddString(name), staticSignature, body, default);
        }

        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), first);
        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), il, deterministicIdProvider: _ => new BlobContentId(Guid.Empty, 0));
        var image = new BlobBuilder();
        pe.Serialize(image);
        return image.ToArray();
    }

    private static AssemblyReferenceHandle Reference(MetadataBuilder metadata, string name) =>
        metadata.AddAssemblyReference(metadata.GetOrAddString(name), new Version(10, 0, 0, 0), default, default, 0, default);

    private static TypeReferenceHandle Type(MetadataBuilder metadata, AssemblyReferenceHandle assembly, string ns, string name) =>
        metadata.AddTypeReference(assembly, metadata.GetOrAddString(ns), metadata.GetOrAddString(name));

    private static TypeSpecificationHandle ListOf(MetadataBuilder metadata, TypeReferenceHandle list, TypeReferenceHandle element)
    {
        var signature = new BlobBuilder();
        var arguments = new BlobEncoder(signature).TypeSpecificationSignature().GenericInstantiation(list, 1, isValueType: false);
        arguments.AddArgument().Type(element, isValueType: false);
        return metadata.AddTypeSpecification(metadata.GetOrAddBlob(signature));
    }

    private static int Body(MethodBodyStreamEncoder bodies, MetadataBuilder metadata, Action<InstructionEncoder> write)
    {
        var code = new InstructionEncoder(new BlobBuilder());
        write(code);
        code.OpCode(ILOpCode.Ret);
        _ = metadata;
        return bodies.AddMethodBody(code, maxStack: 8);
    }

    private static void Record(InstructionEncoder e, EntityHandle token, params int[] figures)
    {
        e.OpCode(ILOpCode.Ldtoken);
        e.Token(token);
        foreach (var figure in figures)
        {
            e.LoadConstantI4(figure);
        }
    }

    private static void Blob(InstructionEncoder e, MetadataBuilder metadata, string kind, int size)
    {
        e.LoadString(metadata.GetOrAddUserString(kind));
        e.LoadConstantI4(size);
    }
}
