using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>
/// A handler file imports ServerlessSdk.Functions and ServerlessSdk.Runtime.Events next to the AWS SDK's DynamoDB
/// namespaces: no type name may be in two of them, or users need aliases (CS0104 "ambiguous reference").
/// </summary>
public sealed class SdkNameClashTests
{
    private static readonly string[] SdkNamespaces =
        ["Amazon.DynamoDBv2", "Amazon.DynamoDBv2.Model", "Amazon.DynamoDBv2.DataModel", "Amazon.DynamoDBv2.DocumentModel"];

    private static readonly string[] OurNamespaces = ["ServerlessSdk.Functions", "ServerlessSdk.Runtime", "ServerlessSdk.Runtime.Events"];

    [Fact]
    public void No_public_type_of_ours_has_the_name_of_a_DynamoDB_SDK_type()
    {
        var sdk = PublicTypes(typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly, SdkNamespaces);
        var ours = PublicTypes(typeof(DynamoDbTableAttribute).Assembly, OurNamespaces)
            .Concat(PublicTypes(typeof(Runtime.Events.DynamoDbStreamEvent).Assembly, OurNamespaces));

        Assert.NotEmpty(sdk);
        Assert.Empty(ours.Intersect(sdk, StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_importing_both_compiles_without_aliases()
    {
        const string source = """
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.Model;
            using ServerlessSdk.Functions;
            using ServerlessSdk.Runtime.Events;

            [assembly: DynamoDbTable("Items", PartitionKey = "id", SortKey = "at", SortKeyType = DynamoDbKeyType.Number)]
            [assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status", Projection = DynamoDbProjection.KeysOnly)]

            public static class Store
            {
                public static KeySchemaElement Hash() => new("id", KeyType.HASH);

                public static AttributeValue Copy(DynamoDbAttributeValue value) => new() { S = value.S };

                public static QueryRequest ByStatus(string table) => new() { TableName = table, IndexName = "ByStatus" };
            }
            """;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            "clash",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. trusted.Select(p => MetadataReference.CreateFromFile(p)),
                MetadataReference.CreateFromFile(typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonServiceClient).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(DynamoDbTableAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Runtime.Events.DynamoDbStreamEvent).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    private static HashSet<string> PublicTypes(Assembly assembly, string[] namespaces) =>
        assembly.GetExportedTypes().Where(t => !t.IsNested && namespaces.Contains(t.Namespace)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
}
