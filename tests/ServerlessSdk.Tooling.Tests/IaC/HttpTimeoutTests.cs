using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>ServerlessTimeout above API Gateway's 30 s on an HTTP function is warning SLS4015; the IaC is still written.</summary>
public sealed class HttpTimeoutTests
{
    private static readonly FunctionDeclaration Api = IaCFixtures.Function("Api", new HttpRouteTrigger("GET", "/x", HttpAuth.None, []));

    [Fact]
    public void A_project_timeout_above_30_seconds_on_an_http_function_is_a_warning()
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(new ServiceManifest("orders", [Api]), IaCFixtures.Settings(new() { TimeoutSeconds = 60 }));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TimeoutOverHttpApiLimit, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.NotNull(model);
    }

    [Fact]
    public void A_function_that_declares_its_own_timeout_is_left_to_the_generator()
    {
        var manifest = new ServiceManifest("orders", [Api with { Timeout = 60 }]);

        Assert.Empty(ServiceModelBuilder.Build(manifest, IaCFixtures.Settings(new() { TimeoutSeconds = 60 })).Diagnostics);
    }

    [Fact]
    public void A_long_project_timeout_on_a_queue_function_is_fine()
    {
        var manifest = new ServiceManifest("orders", [IaCFixtures.Function("Work", new SqsTrigger("jobs", 10, 0, true, 3))]);

        Assert.Empty(ServiceModelBuilder.Build(manifest, IaCFixtures.Settings(new() { TimeoutSeconds = 900 })).Diagnostics);
    }
}
