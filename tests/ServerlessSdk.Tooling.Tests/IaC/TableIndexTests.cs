using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.Tests.Zip;
using static ServerlessSdk.Tooling.Tests.IaC.IaCFixtures;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>Global secondary indexes in the IaC: created with their table in every format, queryable by readers only.</summary>
public sealed class TableIndexTests
{
    private static readonly DeclaredTable Plain = new("Items", new TableKey("id", "S"), null, null, PointInTimeRecovery: true, DeletionProtection: false, null);

    private static readonly DeclaredTable Indexed = Plain with
    {
        Indexes = [new TableIndex("ByStatus", new TableKey("status", "S"), new TableKey("createdAt", "N"), "ALL")],
    };

    [Theory]
    [InlineData(ResourceAccess.Read, true)]
    [InlineData(ResourceAccess.ReadWrite, true)]
    [InlineData(ResourceAccess.Write, false)]
    public void Readers_of_an_indexed_table_may_query_its_indexes_and_nothing_more(ResourceAccess access, bool granted)
    {
        var statements = IamPolicies.For(Model(Service(Api(access), Indexed)).Functions.Single());

        var indexes = statements.Where(s => s.Resources.Any(r => r is TableIndexesResource)).ToList();
        if (granted)
        {
            var statement = Assert.Single(indexes);
            Assert.Equal(["dynamodb:Query"], statement.Actions);
            Assert.Equal([new TableIndexesResource("Items")], statement.Resources);
        }
        else
        {
            Assert.Empty(indexes);
        }
    }

    [Fact]
    public void A_table_without_indexes_grants_nothing_on_index_arns()
    {
        var statements = IamPolicies.For(Model(Service(Api(ResourceAccess.ReadWrite), Plain)).Functions.Single());

        Assert.DoesNotContain(statements.SelectMany(s => s.Resources), r => r is TableIndexesResource);
    }

    [Fact]
    public void Every_format_creates_the_index_on_demand_and_grants_the_query_on_index_arns_only()
    {
        using var folder = new TempFolder();

        Assert.True(EmitHelper.Emit(folder.Path, Service(Api(ResourceAccess.Read), Indexed)).Succeeded);

        var files = EmitHelper.Files(folder.Path);
        foreach (var cloudFormation in new[] { files["template.yaml"], files["serverless.yml"] })
        {
            Assert.Contains("GlobalSecondaryIndexes:", cloudFormation, StringComparison.Ordinal);
            Assert.Contains("IndexName: ByStatus", cloudFormation, StringComparison.Ordinal);
            Assert.Contains("ProjectionType: ALL", cloudFormation, StringComparison.Ordinal);
            Assert.Contains("AttributeName: status", cloudFormation, StringComparison.Ordinal);
            Assert.Contains("/index/*", cloudFormation, StringComparison.Ordinal);
            Assert.DoesNotContain("ProvisionedThroughput", cloudFormation, StringComparison.Ordinal);
        }

        Assert.Contains("global_secondary_index {", files["main.tf"], StringComparison.Ordinal);
        Assert.Contains("projection_type = \"ALL\"", files["main.tf"], StringComparison.Ordinal);
        Assert.Contains("\"${aws_dynamodb_table.items.arn}/index/*\"", files["main.tf"], StringComparison.Ordinal);
        Assert.DoesNotContain("read_capacity", files["main.tf"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SLS4032")]
    [InlineData("SLS4033")]
    [InlineData("SLS4046")]
    [InlineData("SLS4047")]
    public void A_hand_written_manifest_gets_the_generators_index_codes(string code)
    {
        static TableIndex Index(string name, string key, string type = "S") => new(name, new TableKey(key, type), null, "ALL");
        var table = code switch
        {
            "SLS4032" => Plain with { Indexes = [Index("by", "status")] },
            "SLS4033" => Plain with { Indexes = [Index("ById", "id", "N")] },
            "SLS4046" => Plain with { Indexes = [Index("ByStatus", "status"), Index("ByStatus", "owner")] },
            "SLS4047" => Plain with { Indexes = [.. Enumerable.Range(0, Rules.IndexRules.MaxIndexesPerTable + 1).Select(i => Index($"Index{i}", $"a{i}"))] },
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };

        // (SLS4030 has no manifest form: an index lives inside its table's entry.)
        var (model, diagnostics) = ServiceModelBuilder.Build(Service(Api(ResourceAccess.Read), table), IaCFixtures.Settings());

        Assert.Null(model);
        Assert.Equal([code], diagnostics.Select(d => d.Code).Distinct());
    }

    [Fact]
    public void The_manifest_reader_reads_indexes_and_refuses_an_unknown_projection()
    {
        const string Manifest = """
            {"schemaVersion":1,"service":"shop","functions":[],"resources":[{"kind":"dynamodb-table","name":"Items",
             "partitionKey":{"name":"id","type":"S"},"sortKey":null,"stream":null,"pointInTimeRecovery":true,
             "deletionProtection":false,"timeToLiveAttribute":null,
             "indexes":[{"name":"ByStatus","partitionKey":{"name":"status","type":"S"},"sortKey":{"name":"at","type":"N"},"projection":"PROJECTION"}]}]}
            """;

        var table = Assert.IsType<DeclaredTable>(Assert.Single(ServiceManifestReader.FromJson(Manifest.Replace("PROJECTION", "KEYS_ONLY", StringComparison.Ordinal)).Resources));

        Assert.Equal([new TableIndex("ByStatus", new TableKey("status", "S"), new TableKey("at", "N"), "KEYS_ONLY")], table.Indexes);
        Assert.Throws<ManifestFormatException>(() => ServiceManifestReader.FromJson(Manifest.Replace("PROJECTION", "INCLUDE", StringComparison.Ordinal)));
    }

    private static FunctionDeclaration Api(ResourceAccess access) =>
        Function("Api", new HttpRouteTrigger("GET", "/items", HttpAuth.None, [])) with { Uses = [new ResourceUse("Items", access)] };

    private static ServiceManifest Service(FunctionDeclaration function, params DeclaredResource[] resources) =>
        new("shop", [function]) { Resources = resources };

    private static ServiceModel Model(ServiceManifest manifest)
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());
        Assert.True(model is not null, string.Join('\n', diagnostics));
        return model;
    }
}
