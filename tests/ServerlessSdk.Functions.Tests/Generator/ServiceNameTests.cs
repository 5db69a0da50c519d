namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>
/// The default service name is the project name kebab-cased by the algorithm the IaC uses for resource names
/// (ServerlessSdk.Rules.NameRules), so it is always one the IaC step accepts (SLS4127).
/// </summary>
public sealed class ServiceNameTests
{
    private const string Handler = """
        public static class Api
        {
            [HttpApi(LambdaHttpMethod.Get, "/")]
            public static HttpApiResponse Get() => HttpApiResponse.Text(200, "");
        }
        """;

    [Theory]
    [InlineData("OrdersService", "orders-service")]
    [InlineData("HTTPServer", "http-server")]
    [InlineData("V2API", "v2-api")]
    [InlineData("CaféOrders", "caf-orders")]
    [InlineData("3dPrinter", "service-3d-printer")]
    [InlineData("My.App_Name", "my-app-name")]
    [InlineData("AVeryLongProjectNameThatGoesOnAndOnForeverAndEver", "a-very-long-project-name-that-goes-on-an")]
    public void The_project_name_is_kebab_cased_into_a_valid_service_name(string project, string service)
    {
        var run = GeneratorHarness.Run(Sources.With(Handler), projectName: project);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(service, run.Manifest()!.Service);
        Assert.True(ServerlessSdk.Rules.NameRules.IsServiceName(service));
    }
}
