namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>
/// [assembly: StorageTable] on Azure: one resource model with the AWS declarations in the manifest, used through the
/// same [Uses]; and SLS4060 for what a platform cannot host, reported at the attribute.
/// </summary>
public sealed class StorageTableDeclarationTests
{
    private const string Api = """
        public static class Api
        {
            [HttpApi(LambdaHttpMethod.Get, "/items")]
            [Uses("Items", Access.Read)]
            public static HttpApiResponse List() => HttpApiResponse.Text(200, "");

            [HttpApi(LambdaHttpMethod.Post, "/items")]
            [Uses("Items", Access.ReadWrite)]
            public static HttpApiResponse Create(HttpApiRequest request) => HttpApiResponse.Text(201, "");
        }
        """;

    [Fact]
    public void An_azure_storage_table_is_recorded_as_a_resource_and_used_through_Uses()
    {
        var run = GeneratorHarness.Run(Sources.With("[assembly: StorageTable(\"Items\")]\n" + Api), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var manifest = run.RawManifest()!.Value;
        var table = Assert.Single(manifest.GetProperty("resources").EnumerateArray());
        Assert.Equal("storage-table", table.GetProperty("kind").GetString());
        Assert.Equal("Items", table.GetProperty("name").GetString());
        var uses = manifest.GetProperty("functions").EnumerateArray().SelectMany(f => f.GetProperty("uses").EnumerateArray()).ToList();
        Assert.Contains(uses, u => u.GetProperty("resource").GetString() == "Items" && u.GetProperty("access").GetString() == "read");
        Assert.Contains(uses, u => u.GetProperty("resource").GetString() == "Items" && u.GetProperty("access").GetString() == "readwrite");
        Assert.Equal("ITEMS_TABLE_NAME", Assert.Single(run.Manifest()!.Resources).EnvironmentVariable);
    }

    [Theory]
    [InlineData("""[assembly: DynamoDbTable("Items", PartitionKey = "id")]""")]
    [InlineData("""[assembly: DynamoDbTable("Items", PartitionKey = "id", Stream = StreamView.NewImage)]""")]
    [InlineData("""[assembly: SqsQueue("Items")]""")]
    [InlineData("""[assembly: S3Bucket("items")]""")]
    public void An_aws_resource_on_azure_is_SLS4060_and_no_manifest_is_written(string declaration)
    {
        var run = GeneratorHarness.Run(Sources.With(declaration + "\n" + Api.Replace("\"Items\"", declaration.Contains("S3Bucket", StringComparison.Ordinal) ? "\"items\"" : "\"Items\"", StringComparison.Ordinal)), platform: "azure");

        Assert.Equal(["SLS4060"], run.Codes);
        Assert.All(run.GeneratorDiagnostics, d => Assert.EndsWith(".cs", d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        Assert.Null(run.RawManifest());
    }

    [Fact]
    public void An_event_rule_on_azure_is_SLS4060()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [assembly: EventBus("Shop")]
            [assembly: SqsQueue("Jobs")]
            [assembly: EventRule("Placed", Bus = "Shop", Target = "Jobs", Source = "shop")]
            """ + "\n" + Api.Replace("[Uses(\"Items\", Access.Read)]", string.Empty, StringComparison.Ordinal).Replace("[Uses(\"Items\", Access.ReadWrite)]", string.Empty, StringComparison.Ordinal)), platform: "azure");

        Assert.Equal(["SLS4060"], run.Codes);
        Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Id == "SLS4060"));
    }

    [Fact]
    public void A_storage_table_on_aws_is_SLS4060()
    {
        var run = GeneratorHarness.Run(Sources.With("[assembly: StorageTable(\"Items\")]\n" + Api));

        Assert.Equal(["SLS4060"], run.Codes);
        Assert.Null(run.RawManifest());
    }

    [Theory]
    [InlineData("order-items")]
    [InlineData("it")]
    [InlineData("1Items")]
    [InlineData("Tables")]
    public void A_name_azure_refuses_for_a_table_is_SLS4032(string name)
    {
        var run = GeneratorHarness.Run(Sources.With($"[assembly: StorageTable(\"{name}\")]\n" + Api.Replace("\"Items\"", $"\"{name}\"", StringComparison.Ordinal)), platform: "azure");

        Assert.Equal(["SLS4032"], run.Codes);
    }

    [Fact]
    public void A_use_of_an_undeclared_table_on_azure_is_SLS4030()
    {
        var run = GeneratorHarness.Run(Sources.With(Api), platform: "azure");

        Assert.Equal(["SLS4030"], run.Codes);
    }
}
