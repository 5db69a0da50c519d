using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>[assembly: DynamoDbIndex]: recorded inside its table's manifest entry, or coded errors.</summary>
public sealed class IndexDeclarationTests
{
    private const string Table = """[assembly: DynamoDbTable("Items", PartitionKey = "id", SortKey = "createdAt", SortKeyType = DynamoDbKeyType.Number)]""";

    [Fact]
    public void Indexes_are_in_their_tables_manifest_entry_sorted_by_name_with_projection_all_by_default()
    {
        var run = GeneratorHarness.Run(Sources.With(Table + """

            [assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status", SortKey = "createdAt", SortKeyType = DynamoDbKeyType.Number)]
            [assembly: DynamoDbIndex("Items", "ByOwner", PartitionKey = "owner", Projection = DynamoDbProjection.KeysOnly)]
            [assembly: DynamoDbTable("Plain", PartitionKey = "id")]
            public static class W { [Uses("Items", Access.Read)] [SqsTrigger("q")] public static void Work(SqsEvent e) { } }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var manifest = run.Manifest()!;
        var items = Assert.IsType<DeclaredTable>(manifest.Resources.Single(r => r.Name == "Items"));
        Assert.Equal(
            [
                new TableIndex("ByOwner", new TableKey("owner", "S"), null, "KEYS_ONLY"),
                new TableIndex("ByStatus", new TableKey("status", "S"), new TableKey("createdAt", "N"), "ALL"),
            ],
            items.Indexes);
        Assert.Equal(["id", "createdAt", "owner", "status"], items.KeyAttributes.Select(k => k.Name));
        Assert.Empty(Assert.IsType<DeclaredTable>(manifest.Resources.Single(r => r.Name == "Plain")).Indexes);
    }

    [Theory]
    [InlineData("""[assembly: DynamoDbIndex("Orders", "ByStatus", PartitionKey = "status")]""")]
    [InlineData("""[assembly: SqsQueue("Jobs")] [assembly: DynamoDbIndex("Jobs", "ByStatus", PartitionKey = "status")]""")]
    public void An_index_on_no_declared_table_is_SLS4030(string declarations) =>
        ResourceDeclarationTests.AssertCodes("SLS4030", Table + declarations, """[SqsTrigger("q")]""", "SqsEvent");

    [Fact]
    public void A_bad_index_name_is_SLS4032() =>
        ResourceDeclarationTests.AssertCodes("SLS4032", Table + """[assembly: DynamoDbIndex("Items", "by", PartitionKey = "status")]""", """[SqsTrigger("q")]""", "SqsEvent");

    [Theory]
    [InlineData("""[assembly: DynamoDbIndex("Items", "ByStatus")]""")]
    [InlineData("""[assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status", SortKey = "status")]""")]
    [InlineData("""[assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status", SortKey = " ")]""")]
    // createdAt is the table's Number sort key: an index cannot make it a String.
    [InlineData("""[assembly: DynamoDbIndex("Items", "ByDay", PartitionKey = "createdAt")]""")]
    [InlineData("""[assembly: DynamoDbIndex("Items", "ByA", PartitionKey = "status")] [assembly: DynamoDbIndex("Items", "ByB", PartitionKey = "status", PartitionKeyType = DynamoDbKeyType.Number)]""")]
    public void A_bad_index_key_schema_is_SLS4033(string declarations) =>
        ResourceDeclarationTests.AssertCodes("SLS4033", Table + declarations, """[SqsTrigger("q")]""", "SqsEvent");

    [Fact]
    public void Two_indexes_of_one_name_are_SLS4046() =>
        ResourceDeclarationTests.AssertCodes(
            "SLS4046",
            Table + """[assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status")] [assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "owner")]""",
            """[SqsTrigger("q")]""",
            "SqsEvent");

    [Fact]
    public void More_indexes_than_DynamoDB_allows_is_SLS4047()
    {
        var limit = Rules.IndexRules.MaxIndexesPerTable;
        var atLimit = string.Concat(Enumerable.Range(1, limit).Select(i => $"""[assembly: DynamoDbIndex("Items", "Index{i}", PartitionKey = "a{i}")]"""));
        var over = atLimit + $"""[assembly: DynamoDbIndex("Items", "Index{limit + 1}", PartitionKey = "a{limit + 1}")]""";

        Assert.NotNull(GeneratorHarness.Run(Sources.With(Table + atLimit + """public static class W { [SqsTrigger("q")] public static void Work(SqsEvent e) { } }""")).Manifest());
        ResourceDeclarationTests.AssertCodes("SLS4047", Table + over, """[SqsTrigger("q")]""", "SqsEvent");
    }

    [Fact]
    public void An_undefined_projection_is_SLS4014() =>
        ResourceDeclarationTests.AssertCodes("SLS4014", Table + """[assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status", Projection = (DynamoDbProjection)9)]""", """[SqsTrigger("q")]""", "SqsEvent");
}
