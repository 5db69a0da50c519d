using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>
/// ServerlessPlatform=azure through the packed packages: the build writes host.json, the function folders and
/// main.bicep; publish writes the Azure Functions app zip (docs/azure.md).
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class AzureBuildTests(LocalFeed feed)
{
    private const string Azure = "<ServerlessPlatform>azure</ServerlessPlatform>";

    private const string Program = """
        using ServerlessSdk.Functions;
        using ServerlessSdk.Runtime.Events;

        return await ServerlessFunctions.RunAsync();

        public static class Api
        {
            [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
            public static HttpApiResponse Get(string id) => HttpApiResponse.Text(200, $"item {id}");
        }

        public static class Orders
        {
            [StorageQueueTrigger("orders")]
            public static void Process(StorageQueueMessage message) { }
        }
        """;

    private const string HttpProgram = """
        using ServerlessSdk.Functions;
        using ServerlessSdk.Runtime.Events;

        return await ServerlessFunctions.RunAsync();

        public static class Api
        {
            [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
            public static HttpApiResponse Get(string id) => HttpApiResponse.Text(200, $"item {id}");

            [HttpApi(LambdaHttpMethod.Get, "/items")]
            public static HttpApiResponse List() => HttpApiResponse.Text(200, "[]");
        }
        """;

    [Fact]
    public void A_build_writes_the_app_files_and_bicep_instead_of_the_aws_iac()
    {
        using var function = new FunctionProject(feed, "AzureApp", Azure, Program);

        function.Build().ShouldSucceed();

        var app = Path.Combine(function.ProjectDirectory, "functionapp");
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "host.json"))).RootElement;
        Assert.Equal("bootstrap", host.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.False(host.GetProperty("customHandler").GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal(2, Directory.GetFiles(app, "function.json", SearchOption.AllDirectories).Length);
        Assert.Equal(["main.bicep", "main.parameters.json"], Directory.GetFiles(function.IaCDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_build_measures_each_function_through_the_local_host_with_flex_consumption_prices()
    {
        // Mixed HTTP and queue, so host.json does not proxy: the HTTP function is measured as an invocation with Data.req.
        using var function = new FunctionProject(feed, "AzureMeasured", Azure, Program);

        var result = function.Build().ShouldSucceed();

        Assert.DoesNotContain("SLS20", result.Output, StringComparison.Ordinal);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(function.BuildOutputDirectory, "serverless-report.json"))).RootElement;
        Assert.Equal("azure", report.GetProperty("platform").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("cost").ValueKind);
        var functions = report.GetProperty("functions").EnumerateArray().ToList();
        Assert.Equal(["azure-httpTrigger", "azure-queueTrigger"], functions.Select(f => f.GetProperty("triggerType").GetString()).Order(StringComparer.Ordinal));
        Assert.All(functions, f =>
        {
            Assert.True(f.GetProperty("startup").GetProperty("coldStartMs").GetProperty("summary").GetProperty("median").GetDouble() > 0);
            Assert.True(f.GetProperty("azureCost").GetProperty("total").GetDecimal() > 0);
        });
    }

    [Fact]
    public void A_no_op_build_rewrites_nothing_and_a_hand_edit_is_kept_with_SLS4200()
    {
        using var function = new FunctionProject(feed, "AzureKept", Azure, Program);
        function.Build().ShouldSucceed();
        var host = Path.Combine(function.ProjectDirectory, "functionapp", "host.json");
        var written = File.GetLastWriteTimeUtc(host);

        function.Build().ShouldSucceed();
        Assert.Equal(written, File.GetLastWriteTimeUtc(host));

        var edited = File.ReadAllText(host).Replace("\"version\": \"2.0\",", "\"version\": \"2.0\", \"logging\": {},", StringComparison.Ordinal);
        File.WriteAllText(host, edited);
        var result = function.Build().ShouldSucceed();
        Assert.Contains("SLS4200", result.Output, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(host));
    }

    [Fact]
    public void An_unknown_platform_is_SLS4052()
    {
        using var function = new FunctionProject(feed, "AzureTypo", "<ServerlessPlatform>gcp</ServerlessPlatform>", Program);

        Assert.Contains("SLS4052", function.Build().ShouldFail().Errors);
    }

    [Fact]
    public void Publish_writes_a_deterministic_app_zip_with_everything_at_its_root()
    {
        // HTTP-only (proxied): the build's measurement above covers the mixed (invocation) form.
        using var function = new FunctionProject(feed, "AzureZip", Azure, HttpProgram);

        function.Publish().ShouldSucceed();
        var zip = function.ZipPath();
        var first = SHA256.HashData(File.ReadAllBytes(zip));
        using (var archive = ZipFile.OpenRead(zip))
        {
            var names = archive.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("host.json", names);
            Assert.Equal(2, names.Count(n => n.EndsWith("/function.json", StringComparison.Ordinal)));
            var executable = archive.GetEntry("bootstrap");
            Assert.NotNull(executable);
            Assert.Equal(0b111_101_101, (executable.ExternalAttributes >> 16) & 0b111_111_111);
            Assert.DoesNotContain(names, n => n.EndsWith(".dbg", StringComparison.Ordinal));
        }

        // The publish probed the Native AOT handler through the local host and measured this very zip.
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(function.OutputDirectory(), "serverless-report.json"))).RootElement;
        Assert.Equal("publish", report.GetProperty("kind").GetString());
        Assert.Equal(new FileInfo(zip).Length, report.GetProperty("package").GetProperty("zippedBytes").GetInt64());
        Assert.All(report.GetProperty("functions").EnumerateArray(), f => Assert.Equal(10, f.GetProperty("startup").GetProperty("runs").GetInt32()));
        Assert.True(report.GetProperty("azureCost").GetProperty("total").GetDecimal() > 0);

        File.Delete(zip);
        function.Publish().ShouldSucceed();
        Assert.Equal(first, SHA256.HashData(File.ReadAllBytes(zip)));
    }
}
