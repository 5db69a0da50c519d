using System.Text.Json;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>
/// ServerlessPlatform reaches the generator: the manifest records it, [HttpApi] and [Schedule] map to Azure's HTTP and
/// timer triggers, Azure-only triggers have their own attributes, and what a platform cannot host is a coded error.
/// </summary>
public sealed class AzurePlatformTests
{
    private const string QueueHandler = """
        public static class Orders
        {
            [StorageQueueTrigger("orders")]
            public static void Process(StorageQueueMessage message) { }
        }
        """;

    [Fact]
    public void The_manifest_records_aws_when_the_platform_is_not_set()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/items")]
                public static HttpApiResponse List() => HttpApiResponse.Text(200, "");
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("aws", run.RawManifest()!.Value.GetProperty("platform").GetString());
        Assert.NotNull(run.Manifest()); // the AWS manifest reader still reads it
    }

    [Fact]
    public void An_azure_app_records_the_platform_and_keeps_http_routes_as_declared()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
                public static HttpApiResponse Get(int id) => HttpApiResponse.Text(200, "");

                [HttpApi(LambdaHttpMethod.Post, "/items")]
                public static HttpApiResponse Post(HttpApiRequest request) => HttpApiResponse.Text(201, "");
            }
            """), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var manifest = run.RawManifest()!.Value;
        Assert.Equal("azure", manifest.GetProperty("platform").GetString());
        var triggers = manifest.GetProperty("functions").EnumerateArray().SelectMany(f => f.GetProperty("triggers").EnumerateArray()).ToList();
        Assert.All(triggers, t => Assert.Equal("http", t.GetProperty("type").GetString()));
        Assert.Contains(triggers, t => t.GetProperty("method").GetString() == "GET" && t.GetProperty("path").GetString() == "/items/{id}");
        Assert.Contains(triggers, t => t.GetProperty("method").GetString() == "POST" && t.GetProperty("path").GetString() == "/items");
    }

    [Theory]
    [InlineData("rate(1 minute)", "0 * * * * *")]
    [InlineData("rate(5 minutes)", "0 */5 * * * *")]
    [InlineData("rate(30 minutes)", "0 */30 * * * *")]
    [InlineData("rate(60 minutes)", "0 0 * * * *")]
    [InlineData("rate(1 hour)", "0 0 * * * *")]
    [InlineData("rate(6 hours)", "0 0 */6 * * *")]
    [InlineData("rate(24 hours)", "0 0 0 * * *")]
    [InlineData("rate(1 day)", "0 0 0 * * *")]
    [InlineData("cron(0 12 * * ? *)", "0 0 12 * * *")]
    [InlineData("cron(0/15 * * * ? *)", "0 0/15 * * * *")]
    [InlineData("cron(15 10 ? * MON-FRI *)", "0 15 10 * * MON-FRI")]
    [InlineData("cron(0 8 ? * 2-6 *)", "0 0 8 * * 1-5")]
    [InlineData("cron(0 8 ? * 1,7 *)", "0 0 8 * * 0,6")]
    [InlineData("cron(30 9 1 JAN,JUL ? *)", "0 30 9 1 JAN,JUL *")]
    public void A_schedule_becomes_a_timer_trigger_with_an_ncrontab_expression(string expression, string ncrontab)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Jobs
            {
                [Schedule("{{expression}}")]
                public static void Tick(ScheduledEvent tick) { }
            }
            """), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var trigger = Triggers(run).Single();
        Assert.Equal("timer", trigger.GetProperty("type").GetString());
        Assert.Equal(ncrontab, trigger.GetProperty("schedule").GetString());
        Assert.Equal(expression, trigger.GetProperty("expression").GetString());
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(", Enabled = true", true)]
    [InlineData(", Enabled = false", false)]
    public void A_disabled_schedule_stays_a_disabled_timer_as_the_build_reads_it(string enabled, bool expected)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Jobs
            {
                [Schedule("rate(5 minutes)"{{enabled}})]
                public static void Tick(ScheduledEvent tick) { }
            }
            """), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(expected, Triggers(run).Single().GetProperty("enabled").GetBoolean());
        var timer = Assert.IsType<TimerTrigger>(run.Manifest()!.Functions.Single().Triggers.Single());
        Assert.Equal(expected, timer.Enabled);
    }

    [Theory]
    [InlineData("rate(7 minutes)")]
    [InlineData("rate(90 minutes)")]
    [InlineData("rate(5 hours)")]
    [InlineData("rate(2 days)")]
    [InlineData("cron(0 12 * * ? 2027)")]
    [InlineData("cron(0 12 L * ? *)")]
    [InlineData("cron(0 12 15W * ? *)")]
    [InlineData("cron(0 12 ? * 6#3 *)")]
    [InlineData("cron(0 12 ? * 6L *)")]
    public void A_schedule_ncrontab_cannot_express_is_SLS4051(string expression)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Jobs
            {
                [Schedule("{{expression}}")]
                public static void Tick(ScheduledEvent tick) { }
            }
            """), platform: "azure");

        Assert.Equal(["SLS4051"], run.Codes);
        Assert.Null(run.RawManifest());
    }

    [Fact]
    public void The_same_schedule_stays_an_eventbridge_schedule_on_aws()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public static class Jobs
            {
                [Schedule("rate(7 minutes)")]
                public static void Tick(ScheduledEvent tick) { }
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("schedule", Triggers(run).Single().GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""[StorageQueueTrigger("orders")] public static void Work(StorageQueueMessage message) { }""", "azure-queue", "queue", "orders", "AzureWebJobsStorage")]
    [InlineData("""[StorageQueueTrigger("orders", Connection = "OrdersStorage")] public static Task Work(StorageQueueMessage message, CancellationToken token) => Task.CompletedTask;""", "azure-queue", "queue", "orders", "OrdersStorage")]
    [InlineData("""[BlobTrigger("uploads/{name}")] public static void Work(BlobTriggerEvent blob, ILambdaContext context) { }""", "azure-blob", "path", "uploads/{name}", "AzureWebJobsStorage")]
    [InlineData("""[ServiceBusQueueTrigger("orders")] public static ValueTask Work(ServiceBusMessage message) => default;""", "service-bus-queue", "queue", "orders", "ServiceBusConnection")]
    [InlineData("""[Schedule("rate(5 minutes)")] public static void Work(TimerInfo timer) { }""", "timer", "schedule", "0 */5 * * * *", null)]
    public void Azure_triggers_are_manifest_entries_with_their_connection(string declaration, string type, string field, string value, string? connection)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Handlers
            {
                {{declaration}}
            }
            """), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var trigger = Triggers(run).Single();
        Assert.Equal(type, trigger.GetProperty("type").GetString());
        Assert.Equal(value, trigger.GetProperty(field).GetString());
        if (connection is not null)
        {
            Assert.Equal(connection, trigger.GetProperty("connection").GetString());
        }
    }

    [Fact]
    public void An_event_grid_trigger_is_a_manifest_entry_the_build_reads_and_takes_an_event_grid_event()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public static class Handlers
            {
                [EventGridTrigger]
                public static Task OnEvent(EventGridEvent e, ILambdaContext context) => Task.CompletedTask;
            }
            """), platform: "azure");
        var wrong = GeneratorHarness.Run(Sources.With("""
            public static class Handlers
            {
                [EventGridTrigger]
                public static void OnEvent(StorageQueueMessage message) { }
            }
            """), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        Assert.Equal("azure-eventgrid", Triggers(run).Single().GetProperty("type").GetString());
        Assert.IsType<EventGridTrigger>(run.Manifest()!.Functions.Single().Triggers.Single());
        Assert.NotEmpty(wrong.Codes);
    }

    [Theory]
    [InlineData("""[SqsTrigger("orders")] public static void Work(SqsEvent batch) { }""")]
    [InlineData("""[SnsTrigger("orders")] public static void Work(SnsEvent batch) { }""")]
    [InlineData("""[S3Trigger("my-bucket")] public static void Work(S3Event batch) { }""")]
    [InlineData("""[EventBridgeRule("{\"source\":[\"orders\"]}")] public static void Work(EventBridgeEvent<JsonElement> e) { }""")]
    [InlineData("""[DynamoDbStream("orders")] public static void Work(DynamoDbStreamEvent batch) { }""")]
    [InlineData("""[KinesisStream("orders")] public static void Work(KinesisEvent batch) { }""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/me", Auth = HttpApiAuth.Iam)] public static HttpApiResponse Me() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[Schedule("rate(5 minutes)")] [Schedule("rate(10 minutes)")] public static void Work(ScheduledEvent tick) { }""")]
    public void What_azure_cannot_host_is_SLS4050(string declaration)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Handlers
            {
                {{declaration}}
            }
            """), platform: "azure");

        Assert.Equal(["SLS4050"], run.Codes);
        Assert.Null(run.RawManifest());
    }

    [Fact]
    public void A_jwt_route_on_azure_is_SLS4050()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [assembly: HttpApiJwtAuthorizer("https://issuer.example.com", new[] { "api" })]
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/me", Auth = HttpApiAuth.Jwt)]
                public static HttpApiResponse Me() => HttpApiResponse.Text(200, "");
            }
            """), platform: "azure");

        Assert.Equal(["SLS4050"], run.Codes);
    }

    [Theory]
    [InlineData("""[StorageQueueTrigger("orders")] public static void Work(StorageQueueMessage message) { }""")]
    [InlineData("""[BlobTrigger("uploads/{name}")] public static void Work(BlobTriggerEvent blob) { }""")]
    [InlineData("""[ServiceBusQueueTrigger("orders")] public static void Work(ServiceBusMessage message) { }""")]
    [InlineData("""[EventGridTrigger] public static void Work(EventGridEvent e) { }""")]
    public void An_azure_trigger_on_aws_is_SLS4050(string declaration)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Handlers
            {
                {{declaration}}
            }
            """), platform: "aws");

        Assert.Equal(["SLS4050"], run.Codes);
    }

    [Theory]
    [InlineData("gcp")]
    [InlineData("lambda")]
    public void An_unknown_platform_is_SLS4052(string platform)
    {
        var run = GeneratorHarness.Run(Sources.With(QueueHandler.Replace("StorageQueueTrigger(\"orders\")", "Schedule(\"rate(5 minutes)\")", StringComparison.Ordinal)
            .Replace("StorageQueueMessage", "ScheduledEvent", StringComparison.Ordinal)), platform: platform);

        Assert.Contains("SLS4052", run.Codes);
        Assert.Null(run.RawManifest());
    }

    [Theory]
    [InlineData("""[StorageQueueTrigger("Orders")] public static void Work(StorageQueueMessage message) { }""")]
    [InlineData("""[StorageQueueTrigger("or--ders")] public static void Work(StorageQueueMessage message) { }""")]
    [InlineData("""[StorageQueueTrigger("orders", Connection = "my-setting")] public static void Work(StorageQueueMessage message) { }""")]
    [InlineData("""[BlobTrigger("uploads")] public static void Work(BlobTriggerEvent blob) { }""")]
    [InlineData("""[BlobTrigger("Up_loads/{name}")] public static void Work(BlobTriggerEvent blob) { }""")]
    [InlineData("""[ServiceBusQueueTrigger("-orders")] public static void Work(ServiceBusMessage message) { }""")]
    public void An_invalid_azure_name_is_SLS4011(string declaration)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Handlers
            {
                {{declaration}}
            }
            """), platform: "azure");

        Assert.Equal(["SLS4011"], run.Codes);
    }

    [Theory]
    [InlineData("""[StorageQueueTrigger("orders")] public static void Work(SqsEvent wrong) { }""", "azure")]
    [InlineData("""[ServiceBusQueueTrigger("orders")] public static void Work(StorageQueueMessage wrong) { }""", "azure")]
    [InlineData("""[StorageQueueTrigger("orders")] public static SqsBatchResponse Work(StorageQueueMessage message) => new();""", "azure")]
    [InlineData("""[Schedule("rate(5 minutes)")] public static void Work(TimerInfo timer) { }""", "aws")]
    public void A_handler_that_does_not_take_its_triggers_event_is_SLS4006(string declaration, string platform)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Handlers
            {
                {{declaration}}
            }
            """), platform: platform);

        Assert.Equal(["SLS4006"], run.Codes);
    }

    [Fact]
    public void One_generated_entry_point_serves_every_function_of_an_azure_app()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public sealed class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
                public Task<HttpApiResponse> Get(Guid id, ILambdaContext context) => Task.FromResult(HttpApiResponse.Text(200, context.RequestId));
            }

            public static class Workers
            {
                [StorageQueueTrigger("orders")]
                public static Task Process(StorageQueueMessage message, ILambdaContext context) => Task.CompletedTask;

                [Schedule("cron(0 12 * * ? *)")]
                public static void Nightly(ScheduledEvent tick) { }

                [BlobTrigger("uploads/{name}")]
                public static ValueTask Upload(BlobTriggerEvent blob, CancellationToken token) => default;
            }
            """), platform: "azure");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var code = run.GeneratedCode;
        Assert.Contains("AzureFunctionsHost", code, StringComparison.Ordinal);
        Assert.DoesNotContain("LambdaRuntime.RunAsync", code, StringComparison.Ordinal);
        var names = run.RawManifest()!.Value.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["Get", "Nightly", "Process", "Upload"], names);
    }

    private static List<JsonElement> Triggers(GeneratorRun run) =>
        run.RawManifest()!.Value.GetProperty("functions").EnumerateArray().SelectMany(f => f.GetProperty("triggers").EnumerateArray()).ToList();
}
