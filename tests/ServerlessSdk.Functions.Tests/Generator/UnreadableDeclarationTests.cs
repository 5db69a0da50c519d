namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>
/// Attribute arguments the generator cannot turn into a manifest value: a value outside its enum is SLS4014, an
/// argument the compiler rejected is the compiler's error alone. Neither crashes the generator or reaches the IaC.
/// </summary>
public sealed class UnreadableDeclarationTests
{
    [Theory]
    [InlineData("""[HttpApi((LambdaHttpMethod)42, "/x")] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[HttpApi((LambdaHttpMethod)(-1), "/x")] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get, "/x", Auth = (HttpApiAuth)7)] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[LambdaFunction(Architecture = (LambdaArchitecture)9)] [HttpApi(LambdaHttpMethod.Get, "/x")] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[KinesisStream("clicks", StartingPosition = (StreamStartingPosition)5)] public static void W(KinesisEvent e) { }""")]
    [InlineData("""[DynamoDbStream("orders", StartingPosition = (StreamStartingPosition)2)] public static void W(DynamoDbStreamEvent e) { }""")]
    public void An_undefined_enum_value_is_SLS4014(string method)
    {
        var run = GeneratorHarness.Run(Sources.With($"public static class Handlers {{ {method} }}"));

        Assert.Equal(["SLS4014"], run.Codes);
        Assert.DoesNotContain("FunctionManifest", run.GeneratedCode, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_value_on_a_class_level_function_is_reported_once()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [LambdaFunction(Architecture = (LambdaArchitecture)9)]
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/a")] public static HttpApiResponse A() => HttpApiResponse.Text(200, "");
                [HttpApi(LambdaHttpMethod.Get, "/b")] public static HttpApiResponse B() => HttpApiResponse.Text(200, "");
            }
            """));

        Assert.Equal("SLS4014", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Theory]
    [InlineData("""[HttpApi("GETT", "/x")] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[HttpApi(LambdaHttpMethod.Get)] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[SqsTrigger(42)] public static void W(SqsEvent e) { }""")]
    [InlineData("""[LambdaFunction(MemorySize = "big")] [SqsTrigger("q")] public static void W(SqsEvent e) { }""")]
    public void An_argument_the_compiler_rejects_is_left_to_the_compiler(string method)
    {
        var run = GeneratorHarness.Run(Sources.With($$"""
            public static class Handlers { {{method}} }
            public static class Fine { [HttpApi(LambdaHttpMethod.Get, "/ok")] public static HttpApiResponse Ok() => HttpApiResponse.Text(200, ""); }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Input.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.DoesNotContain("FunctionManifest", run.GeneratedCode, StringComparison.Ordinal);
    }
}
