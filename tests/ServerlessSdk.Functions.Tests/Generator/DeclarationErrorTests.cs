namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>Each invalid declaration is a coded compile-time error at the attribute (asserted by code only).</summary>
public sealed class DeclarationErrorTests
{
    [Theory]
    [InlineData("items")]
    [InlineData("/items/")]
    [InlineData("/items//x")]
    [InlineData("/items/{id")]
    [InlineData("/items/x{id}")]
    [InlineData("/{rest+}/tail")]
    [InlineData("/a/{id}/b/{id}")]
    public void Malformed_route_is_SLS4001(string path) =>
        AssertCodes("SLS4001", $$"""
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "{{path}}")]
                public static HttpApiResponse Get() => HttpApiResponse.Text(200, "");
            }
            """);

    [Fact]
    public void Duplicate_route_is_SLS4002_even_with_other_parameter_names() =>
        AssertCodes("SLS4002", """
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
                public static HttpApiResponse A(string id) => HttpApiResponse.Text(200, "");

                [HttpApi(LambdaHttpMethod.Get, "/items/{key}")]
                public static HttpApiResponse B(string key) => HttpApiResponse.Text(200, "");
            }
            """);

    [Theory]
    [InlineData("rate(1 minutes)")]
    [InlineData("rate(5 minute)")]
    [InlineData("rate(0 minutes)")]
    [InlineData("rate(5 weeks)")]
    [InlineData("cron(0 12 * * *)")]
    [InlineData("cron(0 12 * * * *)")]
    [InlineData("cron(0 25 ? * MON *)")]
    [InlineData("cron(0 12 ? * FOO *)")]
    [InlineData("every day")]
    public void Invalid_schedule_is_SLS4003(string expression) =>
        AssertCodes("SLS4003", $$"""
            public static class Jobs
            {
                [Schedule("{{expression}}")]
                public static void Run(ScheduledEvent tick) { }
            }
            """);

    [Theory]
    [InlineData("MemorySize = 64", "SLS4004")]
    [InlineData("MemorySize = 10241", "SLS4004")]
    [InlineData("Timeout = 901", "SLS4005")]
    [InlineData("Timeout = -1", "SLS4005")]
    [InlineData("LogRetentionDays = 10", "SLS4011")]
    [InlineData("ReservedConcurrency = 2, ProvisionedConcurrency = 5", "SLS4011")]
    [InlineData("Name = \"not-pascal\"", "SLS4011")]
    public void Out_of_range_settings_are_coded(string setting, string code) =>
        AssertCodes(code, $$"""
            public static class Api
            {
                [LambdaFunction({{setting}})]
                [HttpApi(LambdaHttpMethod.Get, "/")]
                public static HttpApiResponse Get() => HttpApiResponse.Text(200, "");
            }
            """);

    [Theory]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/items/{id}")] public static HttpApiResponse Get(string key) => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/items")] public static string Get() => "";""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/items/{id}")] public static HttpApiResponse Get(DateTime id) => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/items")] private static HttpApiResponse Get() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/items")] public static HttpApiResponse Get<T>() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[SqsTrigger("orders")] public static void Work(SnsEvent wrong) { }""")]
    [InlineData("""[SqsTrigger("orders")] public static void Work(SqsEvent batch, SqsEvent again) { }""")]
    [InlineData("""[SqsTrigger("orders")] public static StreamsBatchResponse Work(SqsEvent batch) => new();""")]
    [InlineData("""[SnsTrigger("alerts")] public static int Work(SnsEvent batch) => 0;""")]
    public void A_handler_that_cannot_be_bound_is_SLS4006(string method) =>
        AssertCodes("SLS4006", $"public static class Handlers {{ {method} }}");

    [Fact]
    public void An_instance_handler_needs_a_parameterless_constructor_SLS4006() =>
        AssertCodes("SLS4006", """
            public sealed class Handlers(string dependency)
            {
                [HttpApi(LambdaHttpMethod.Get, "/")]
                public HttpApiResponse Get() => HttpApiResponse.Text(200, dependency);
            }
            """);

    [Theory]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/")] [SqsTrigger("q")] public static HttpApiResponse Both(HttpApiRequest r) => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[SqsTrigger("q")] [SnsTrigger("t")] public static void Both(SqsEvent e) { }""")]
    public void Triggers_that_cannot_share_a_function_are_SLS4007(string method) =>
        AssertCodes("SLS4007", $"public static class Handlers {{ {method} }}");

    [Theory]
    [InlineData("""[EventBridgeRule("source = orders")] public static void On(EventBridgeEvent<JsonElement> e) { }""")]
    [InlineData("""[EventBridgeRule("[\"orders\"]")] public static void On(EventBridgeEvent<JsonElement> e) { }""")]
    [InlineData("""[SnsTrigger("t", FilterPolicy = "{\"level\":")] public static void On(SnsEvent e) { }""")]
    public void Invalid_json_is_SLS4008(string method) =>
        AssertCodes("SLS4008", $"public static class Handlers {{ {method} }}");

    [Fact]
    public void Two_functions_with_one_name_are_SLS4009() =>
        AssertCodes("SLS4009", """
            public static class A { [SqsTrigger("a")] public static void Handle(SqsEvent e) { } }
            public static class B { [SqsTrigger("b")] public static void Handle(SqsEvent e) { } }
            """);

    [Fact]
    public void A_jwt_route_without_an_authorizer_is_SLS4010() =>
        AssertCodes("SLS4010", """
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/me", Auth = HttpApiAuth.Jwt)]
                public static HttpApiResponse Me() => HttpApiResponse.Text(200, "");
            }
            """);

    [Theory]
    [InlineData("""[SqsTrigger("orders", BatchSize = 20)] public static void W(SqsEvent e) { }""")]
    [InlineData("""[SqsTrigger("orders", MaximumBatchingWindowSeconds = 301)] public static void W(SqsEvent e) { }""")]
    [InlineData("""[SqsTrigger("bad name!")] public static void W(SqsEvent e) { }""")]
    [InlineData("""[S3Trigger("Upper_Case")] public static void W(S3Event e) { }""")]
    [InlineData("""[S3Trigger("uploads", Events = new[] { "ObjectCreated" })] public static void W(S3Event e) { }""")]
    [InlineData("""[KinesisStream("clicks", BatchSize = 0)] public static void W(KinesisEvent e) { }""")]
    [InlineData("""[EnvironmentVariable("AWS_REGION", "x")] [SqsTrigger("q")] public static void W(SqsEvent e) { }""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/", Scopes = new[] { "read" })] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    public void Invalid_trigger_settings_are_SLS4011(string method) =>
        AssertCodes("SLS4011", $"public static class Handlers {{ {method} }}");

    [Fact]
    public void A_custom_eventbridge_detail_without_json_metadata_is_SLS4012() =>
        AssertCodes("SLS4012", """
            public sealed record OrderPlaced(string Id);
            public static class Handlers
            {
                [EventBridgeRule("{\"source\":[\"orders\"]}")]
                public static void On(EventBridgeEvent<OrderPlaced> e) { }
            }
            """);

    [Fact]
    public void Every_reserved_environment_variable_is_SLS4011()
    {
        // The list the IaC step checks manifests with too (SLS4133): ServerlessSdk.Rules.LambdaLimits.
        Assert.All(ServerlessSdk.Rules.LambdaLimits.ReservedEnvironment, name => AssertCodes("SLS4011", $$"""
            public static class Handlers { [EnvironmentVariable("{{name}}", "x")] [SqsTrigger("q")] public static void W(SqsEvent e) { } }
            """));
    }

    [Fact]
    public void Errors_point_at_the_offending_attribute()
    {
        var source = Sources.With("""
            public static class Jobs
            {
                [Schedule("rate(1 minutes)")]
                public static void Run(ScheduledEvent tick) { }
            }
            """);
        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("Handlers.cs", span.Path);
        Assert.StartsWith("Schedule(", source[diagnostic.Location.SourceSpan.Start..], StringComparison.Ordinal);
        Assert.Equal(source[..source.IndexOf("[Schedule", StringComparison.Ordinal)].Count(c => c == '\n'), span.StartLinePosition.Line);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_failing_declaration_emits_no_manifest()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/ok")]
                public static HttpApiResponse Ok() => HttpApiResponse.Text(200, "");

                [LambdaFunction(MemorySize = 1)]
                [HttpApi(LambdaHttpMethod.Get, "/bad")]
                public static HttpApiResponse Bad() => HttpApiResponse.Text(200, "");
            }
            """));

        Assert.Contains("SLS4004", run.Codes);
        Assert.DoesNotContain("FunctionManifest", run.GeneratedCode, StringComparison.Ordinal);
    }

    private static void AssertCodes(string code, string declarations)
    {
        var run = GeneratorHarness.Run(Sources.With(declarations));
        Assert.Equal([code], run.Codes);
    }
}
