using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Functions.Tests.Generator;

public sealed class ValidDeclarationTests
{
    private const string ItemsApi = """
        namespace Orders;

        [LambdaFunction(Name = "Items", MemorySize = 512, Timeout = 15, Architecture = LambdaArchitecture.Arm64, LogRetentionDays = 30)]
        [EnvironmentVariable("TABLE", "items")]
        [PolicyStatement(Actions = new[] { "dynamodb:GetItem", "dynamodb:PutItem" }, Resources = new[] { "arn:aws:dynamodb:*:*:table/items" })]
        public sealed class ItemsApi
        {
            [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
            public HttpApiResponse Get(int id, ILambdaContext context) => HttpApiResponse.Text(200, id.ToString());

            [HttpApi(LambdaHttpMethod.Post, "/items")]
            public Task<HttpApiResponse> Create(HttpApiRequest request, CancellationToken cancellation) => Task.FromResult(HttpApiResponse.Text(201, "created"));

            [HttpApi(LambdaHttpMethod.Delete, "/items/{id}", Auth = HttpApiAuth.Iam)]
            public static ValueTask<HttpApiResponse> Delete(Guid id) => ValueTask.FromResult(HttpApiResponse.Text(204, ""));

            [HttpApi(LambdaHttpMethod.Get, "/files/{path+}")]
            public static HttpApiResponse File(string path, long? ignored = null) => HttpApiResponse.Text(200, path);
        }
        """;

    [Fact]
    public void A_class_with_routes_is_one_function_with_its_settings()
    {
        var run = GeneratorHarness.Run(Sources.With(ItemsApi.Replace(", long? ignored = null", string.Empty, StringComparison.Ordinal)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var manifest = run.Manifest()!;
        Assert.Equal("orders-service", manifest.Service);
        var function = Assert.Single(manifest.Functions);
        Assert.Equal("Items", function.Name);
        Assert.Equal("Orders.ItemsApi", function.Handler);
        Assert.Equal((512, 15, "arm64", 30), (function.MemorySize, function.Timeout, function.Architecture, function.LogRetentionDays));
        Assert.Equal("items", function.Environment["TABLE"]);
        Assert.Equal(["dynamodb:GetItem", "dynamodb:PutItem"], Assert.Single(function.Policies).Actions);
        var routes = function.Triggers.Cast<HttpRouteTrigger>().Select(r => $"{r.RouteKey} {r.Auth}").Order(StringComparer.Ordinal);
        Assert.Equal(["DELETE /items/{id} Iam", "GET /files/{path+} None", "GET /items/{id} None", "POST /items None"], routes);
    }

    [Fact]
    public void Event_handlers_are_one_function_each_with_their_trigger_settings()
    {
        var source = Sources.With("""
            namespace Orders;

            public sealed record OrderPlaced(string OrderId);

            // What System.Text.Json's generator would complete; this harness runs only ours.
            [JsonSerializable(typeof(EventBridgeEvent<OrderPlaced>))]
            internal sealed partial class OrdersJson() : JsonSerializerContext(null)
            {
                public static OrdersJson Default { get; } = new();
                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;
            }

            public static class Workers
            {
                [SqsTrigger("orders", BatchSize = 50, MaximumBatchingWindowSeconds = 5, MaxReceiveCount = 3)]
                public static SqsBatchResponse Process(SqsEvent batch, ILambdaContext context) => new();

                [SnsTrigger("alerts", FilterPolicy = "{\"level\":[\"high\"]}")]
                public static Task Alert(SnsEvent notification) => Task.CompletedTask;

                [EventBridgeRule("{\"source\":[\"orders\"],\"detail-type\":[\"OrderPlaced\"]}")]
                public static ValueTask OnPlaced(EventBridgeEvent<OrderPlaced> placed, CancellationToken cancellation) => ValueTask.CompletedTask;

                [Schedule("cron(0 12 ? * MON-FRI *)")]
                [Schedule("rate(1 hour)", Enabled = false)]
                public static void Nightly(ScheduledEvent tick) { }

                [S3Trigger("uploads-bucket", Prefix = "in/", Suffix = ".csv")]
                public static void Uploaded(S3Event upload) { }

                [DynamoDbStream("orders-table", StartingPosition = StreamStartingPosition.TrimHorizon, BisectBatchOnError = true)]
                public static StreamsBatchResponse Changes(DynamoDbStreamEvent changes) => new();

                [KinesisStream("clicks", BatchSize = 500)]
                public static Task<StreamsBatchResponse> Clicks(KinesisEvent records) => Task.FromResult(new StreamsBatchResponse());
            }
            """);

        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var functions = run.Manifest()!.Functions;
        Assert.Equal(["Alert", "Changes", "Clicks", "Nightly", "OnPlaced", "Process", "Uploaded"], functions.Select(f => f.Name));
        var sqs = Assert.IsType<SqsTrigger>(Assert.Single(functions.Single(f => f.Name == "Process").Triggers));
        Assert.Equal(new SqsTrigger("orders", 50, 5, true, 3), sqs);
        var schedules = functions.Single(f => f.Name == "Nightly").Triggers.Cast<ScheduleTrigger>().ToList();
        Assert.Equal([new ScheduleTrigger("cron(0 12 ? * MON-FRI *)", true), new ScheduleTrigger("rate(1 hour)", false)], schedules);
        Assert.Equal("{\"level\":[\"high\"]}", Assert.IsType<SnsTrigger>(functions.Single(f => f.Name == "Alert").Triggers[0]).FilterPolicy);
        var s3 = Assert.IsType<S3Trigger>(functions.Single(f => f.Name == "Uploaded").Triggers[0]);
        Assert.Equal(("in/", ".csv", "s3:ObjectCreated:*"), (s3.Prefix, s3.Suffix, Assert.Single(s3.Events)));
        var stream = Assert.IsType<DynamoDbStreamTrigger>(functions.Single(f => f.Name == "Changes").Triggers[0]);
        Assert.Equal(new DynamoDbStreamTrigger("orders-table", Tooling.IaC.Manifest.StreamStartingPosition.TrimHorizon, 100, true, true), stream);
        // Bisecting is on unless turned off: a poison record is isolated instead of failing its whole batch.
        var clicks = Assert.IsType<KinesisStreamTrigger>(functions.Single(f => f.Name == "Clicks").Triggers[0]);
        Assert.Equal(new KinesisStreamTrigger("clicks", Tooling.IaC.Manifest.StreamStartingPosition.Latest, 500, true, true), clicks);
        Assert.Contains("OrdersJson.Default.GetTypeInfo", run.GeneratedCode, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_name_comes_from_the_property_or_the_project_name()
    {
        const string source = """
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/")]
                public static HttpApiResponse Root() => HttpApiResponse.Text(200, "ok");
            }
            """;

        Assert.Equal("my-app-2-x", GeneratorHarness.Run(Sources.With(source), projectName: "My-App.2_x").Manifest()!.Service);
        Assert.Equal("shop", GeneratorHarness.Run(Sources.With(source), serviceName: "shop").Manifest()!.Service);
        Assert.Contains("SLS4011", GeneratorHarness.Run(Sources.With(source), serviceName: "Not Valid").Codes);
    }

    [Fact]
    public void A_jwt_route_uses_the_assembly_authorizer()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [assembly: HttpApiJwtAuthorizer("https://issuer.example.com", "orders-api")]

            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/me", Auth = HttpApiAuth.Jwt, Scopes = new[] { "profile" })]
                public static HttpApiResponse Me() => HttpApiResponse.Text(200, "me");
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        var manifest = run.Manifest()!;
        Assert.Equal("https://issuer.example.com", manifest.JwtAuthorizer!.Issuer);
        Assert.Equal(["orders-api"], manifest.JwtAuthorizer.Audiences);
        Assert.Equal(["profile"], Assert.IsType<HttpRouteTrigger>(manifest.Functions[0].Triggers[0]).Scopes);
    }

    [Fact]
    public void A_project_without_declarations_gets_a_dispatcher_but_no_manifest()
    {
        var run = GeneratorHarness.Run(Sources.With("public static class Nothing { }"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        Assert.Null(run.Manifest());
        Assert.Contains("RunUnknownFunctionAsync", run.GeneratedCode, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_outside_the_declarations_reuses_the_cached_analysis()
    {
        var first = GeneratorHarness.Run(Sources.With(ItemsApi.Replace(", long? ignored = null", string.Empty, StringComparison.Ordinal)));
        var edited = first.Input.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public static class Unrelated { }", path: "Other.cs"));

        var second = first.Driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.All(reasons, r => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, r));
    }
}
