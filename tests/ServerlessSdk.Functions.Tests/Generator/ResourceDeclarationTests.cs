using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>[assembly: DynamoDbTable/SqsQueue/SnsTopic/S3Bucket/EventBus] and [Uses]: recorded in the manifest, or coded errors.</summary>
public sealed class ResourceDeclarationTests
{
    private const string OneOfEach = """
        [assembly: DynamoDbTable("Items", PartitionKey = "id", SortKey = "at", SortKeyType = DynamoDbKeyType.Number, Stream = StreamView.NewAndOldImages, DeletionProtection = true, TimeToLiveAttribute = "expires")]
        [assembly: SqsQueue("Orders", Fifo = true, VisibilityTimeoutSeconds = 60, MaxReceiveCount = 3)]
        [assembly: SnsTopic("Alerts")]
        [assembly: S3Bucket("uploads", Versioning = true)]
        [assembly: EventBus("Events")]

        [Uses("Items", Access.Read)]
        public static class ItemsApi
        {
            [Uses("Items", Access.Write)]
            [Uses("Alerts", Access.Write)]
            [HttpApi(LambdaHttpMethod.Put, "/items/{id}")]
            public static HttpApiResponse Put(string id) => HttpApiResponse.Text(200, id);
        }

        public static class Workers
        {
            [SqsTrigger("Orders")]
            [Uses("uploads", Access.ReadWrite)]
            public static void Work(SqsEvent batch) { }

            [DynamoDbStream("Items")]
            public static void Changed(DynamoDbStreamEvent changes) { }

            [EventBridgeRule("{\"source\":[\"orders\"]}", EventBus = "Events")]
            [Uses("Events", Access.Write)]
            public static void OnEvent(EventBridgeEvent<JsonElement> e) { }
        }
        """;

    [Fact]
    public void Declared_resources_and_uses_are_in_the_manifest()
    {
        var run = GeneratorHarness.Run(Sources.With(OneOfEach));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var manifest = run.Manifest()!;
        Assert.Equal(["Alerts", "Events", "Items", "Orders", "uploads"], manifest.Resources.Select(r => r.Name));
        Assert.Equal(
            new DeclaredTable("Items", new TableKey("id", "S"), new TableKey("at", "N"), "NEW_AND_OLD_IMAGES", PointInTimeRecovery: true, DeletionProtection: true, "expires"),
            manifest.Resources.Single(r => r.Name == "Items"));
        Assert.Equal(new DeclaredQueue("Orders", Fifo: true, 60, 3), manifest.Resources.Single(r => r.Name == "Orders"));
        Assert.Equal(new DeclaredBucket("uploads", Versioning: true), manifest.Resources.Single(r => r.Name == "uploads"));
        Assert.IsType<DeclaredTopic>(manifest.Resources.Single(r => r.Name == "Alerts"));
        Assert.IsType<DeclaredEventBus>(manifest.Resources.Single(r => r.Name == "Events"));

        var put = manifest.Functions.Single(f => f.Name == "Put");
        Assert.Equal([new ResourceUse("Alerts", ResourceAccess.Write), new ResourceUse("Items", ResourceAccess.ReadWrite)], put.Uses);
        Assert.Equal([new ResourceUse("uploads", ResourceAccess.ReadWrite)], manifest.Functions.Single(f => f.Name == "Work").Uses);
        Assert.Empty(manifest.Functions.Single(f => f.Name == "Changed").Uses);
    }

    [Fact]
    public void A_function_gets_the_variables_of_what_it_uses_and_what_triggers_it()
    {
        var manifest = GeneratorHarness.Run(Sources.With(OneOfEach)).Manifest()!;

        string[] Variables(string function) =>
            [.. ResourceEnvironment.For(manifest, manifest.Functions.Single(f => f.Name == function)).Select(v => v.Variable)];

        Assert.Equal(["ALERTS_TOPIC_ARN", "ITEMS_TABLE_NAME"], Variables("Put"));
        Assert.Equal(["ORDERS_QUEUE_URL", "UPLOADS_BUCKET_NAME"], Variables("Work"));
        Assert.Equal(["ITEMS_TABLE_NAME"], Variables("Changed"));
        Assert.Equal(["EVENTS_EVENT_BUS_NAME"], Variables("OnEvent"));
    }

    [Fact]
    public void Defaults_are_recorded_and_an_undeclared_trigger_name_keeps_todays_behaviour()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [assembly: DynamoDbTable("Items", PartitionKey = "id")]
            [assembly: SqsQueue("Orders")]
            public static class Workers
            {
                [SqsTrigger("other-queue", MaxReceiveCount = 2)]
                [Uses("Items", Access.Read)]
                public static void Work(SqsEvent batch) { }
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        var manifest = run.Manifest()!;
        Assert.Equal(new DeclaredTable("Items", new TableKey("id", "S"), null, null, PointInTimeRecovery: true, DeletionProtection: false, null), manifest.Resources[0]);
        Assert.Equal(new DeclaredQueue("Orders", Fifo: false, 30, 5), manifest.Resources[1]);
        Assert.Equal(["ITEMS_TABLE_NAME"], ResourceEnvironment.For(manifest, manifest.Functions[0]).Select(v => v.Variable));
    }

    [Theory]
    [InlineData("""[assembly: SqsQueue("Orders")]""", """[Uses("Items", Access.Read)] [SqsTrigger("q")]""", "SqsEvent")]
    [InlineData("""[assembly: SnsTopic("Alerts")]""", """[SqsTrigger("Alerts")]""", "SqsEvent")]
    public void Unknown_resource_is_SLS4030(string declaration, string attributes, string eventType) =>
        AssertCodes("SLS4030", declaration, attributes, eventType);

    [Theory]
    [InlineData("""[assembly: SqsQueue("Orders")] [assembly: SnsTopic("Orders")]""")]
    [InlineData("""[assembly: DynamoDbTable("order-items", PartitionKey = "id")] [assembly: DynamoDbTable("OrderItems", PartitionKey = "id")]""")]
    public void Duplicate_resource_is_SLS4031(string declarations) =>
        AssertCodes("SLS4031", declarations, """[SqsTrigger("q")]""", "SqsEvent");

    [Theory]
    [InlineData("""[assembly: DynamoDbTable("it", PartitionKey = "id")]""")]
    [InlineData("""[assembly: DynamoDbTable("1items", PartitionKey = "id")]""")]
    [InlineData("""[assembly: SqsQueue("bad name")]""")]
    [InlineData("""[assembly: S3Bucket("Uploads")]""")]
    [InlineData("""[assembly: S3Bucket("up..loads")]""")]
    [InlineData("""[assembly: EventBus("default")]""")]
    [InlineData("""[assembly: SnsTopic("")]""")]
    public void Invalid_resource_name_is_SLS4032(string declaration) =>
        AssertCodes("SLS4032", declaration, """[SqsTrigger("q")]""", "SqsEvent");

    [Theory]
    [InlineData("""[assembly: DynamoDbTable("Items")]""")]
    [InlineData("""[assembly: DynamoDbTable("Items", PartitionKey = " ")]""")]
    [InlineData("""[assembly: DynamoDbTable("Items", PartitionKey = "id", SortKey = "id")]""")]
    [InlineData("""[assembly: DynamoDbTable("Items", PartitionKey = "id", SortKey = "")]""")]
    [InlineData("""[assembly: DynamoDbTable("Items", PartitionKey = "id", TimeToLiveAttribute = "")]""")]
    public void Bad_key_schema_is_SLS4033(string declaration) =>
        AssertCodes("SLS4033", declaration, """[SqsTrigger("q")]""", "SqsEvent");

    [Fact]
    public void A_stream_trigger_on_a_table_without_a_stream_is_SLS4034() =>
        AssertCodes("SLS4034", """[assembly: DynamoDbTable("Items", PartitionKey = "id")]""", """[DynamoDbStream("Items")]""", "DynamoDbStreamEvent");

    [Theory]
    [InlineData("""[assembly: SnsTopic("Alerts")]""", """[Uses("Alerts", Access.Read)]""")]
    [InlineData("""[assembly: EventBus("Events")]""", """[Uses("Events", Access.ReadWrite)]""")]
    public void Reading_a_topic_or_bus_is_SLS4035(string declaration, string use) =>
        AssertCodes("SLS4035", declaration, use + """ [SqsTrigger("q")]""", "SqsEvent");

    [Theory]
    [InlineData("""[assembly: SqsQueue("Orders", VisibilityTimeoutSeconds = 43201)]""")]
    [InlineData("""[assembly: SqsQueue("Orders", MaxReceiveCount = -1)]""")]
    public void Queue_settings_out_of_range_are_SLS4036(string declaration) =>
        AssertCodes("SLS4036", declaration, """[SqsTrigger("q")]""", "SqsEvent");

    [Fact]
    public void A_trigger_setting_the_declared_queues_redrive_is_SLS4037() =>
        AssertCodes("SLS4037", """[assembly: SqsQueue("Orders")]""", """[SqsTrigger("Orders", MaxReceiveCount = 2)]""", "SqsEvent");

    [Fact]
    public void A_variable_shadowing_a_resource_variable_is_SLS4038() =>
        AssertCodes("SLS4038", """[assembly: DynamoDbTable("Items", PartitionKey = "id")]""", """[Uses("Items", Access.Read)] [EnvironmentVariable("ITEMS_TABLE_NAME", "x")] [SqsTrigger("q")]""", "SqsEvent");

    [Fact]
    public void An_undefined_access_is_SLS4014_and_writes_no_manifest()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [assembly: DynamoDbTable("Items", PartitionKey = "id")]
            public static class W { [Uses("Items", (Access)7)] [SqsTrigger("q")] public static void Work(SqsEvent e) { } }
            """));

        Assert.Equal(["SLS4014"], run.Codes);
        Assert.Null(run.Manifest());
    }

    [Fact]
    public void An_edit_outside_the_declarations_reuses_the_cached_resources()
    {
        var first = GeneratorHarness.Run(Sources.With(OneOfEach));
        var edited = first.Input.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public static class Unrelated { }", path: "Other.cs"));

        var second = first.Driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, r));
    }

    internal static void AssertCodes(string code, string declarations, string attributes, string eventType)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            {{declarations}}
            public static class Worker { {{attributes}} public static void Work({{eventType}} e) { } }
            """));
        Assert.Equal([code], run.Codes);
        Assert.Null(run.Manifest());
    }
}
