namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>A declared Timeout above API Gateway's 30 s integration limit on an HTTP function is warning SLS4015.</summary>
public sealed class HttpTimeoutTests
{
    [Fact]
    public void A_route_with_a_timeout_above_30_seconds_is_warned_and_still_gets_a_manifest()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            public static class Api
            {
                [LambdaFunction(Timeout = 60)]
                [HttpApi(LambdaHttpMethod.Get, "/slow")]
                public static HttpApiResponse Slow() => HttpApiResponse.Text(200, "");
            }
            """));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SLS4015", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(60, Assert.Single(run.Manifest()!.Functions).Timeout);
    }

    [Fact]
    public void A_class_level_timeout_is_warned_once_for_the_function()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [LambdaFunction(Timeout = 31)]
            public static class Api
            {
                [HttpApi(LambdaHttpMethod.Get, "/a")] public static HttpApiResponse A() => HttpApiResponse.Text(200, "");
                [HttpApi(LambdaHttpMethod.Get, "/b")] public static HttpApiResponse B() => HttpApiResponse.Text(200, "");
            }
            """));

        Assert.Equal("SLS4015", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Theory]
    [InlineData("""[LambdaFunction(Timeout = 30)] [HttpApi(LambdaHttpMethod.Get, "/")] public static HttpApiResponse W() => HttpApiResponse.Text(200, "");""")]
    [InlineData("""[LambdaFunction(Timeout = 900)] [SqsTrigger("q")] public static void W(SqsEvent e) { }""")]
    public void Thirty_seconds_or_a_non_http_trigger_is_not_warned(string method) =>
        Assert.Empty(GeneratorHarness.Run(Sources.With($"public static class Handlers {{ {method} }}")).GeneratorDiagnostics);
}
