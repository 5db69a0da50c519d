using System.Text.Json;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>
/// invoke and start-api on an Azure project (a copy of the Azure test function): the custom handler runs under the
/// local Functions host, which sends the function's invocation payload or HTTP request (docs/azure.md, docs/cli.md).
/// </summary>
public sealed class AzureInvokeTests : IClassFixture<AzureInvokeTests.BuiltAzureApp>
{
    private readonly BuiltAzureApp _app;

    public AzureInvokeTests(BuiltAzureApp app) => _app = app;

    private string Folder => _app.Copy.ProjectDirectory;

    [Fact]
    public void A_queue_function_gets_the_sample_invocation_payload_and_its_logs_are_shown()
    {
        var result = Tool.Run(Folder, "invoke", "-f", "ProcessOrder", "--no-build", "--json").ShouldExitWith(0);

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("ProcessOrder", root.GetProperty("function").GetString());
        Assert.Equal("response", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("coldStart").GetBoolean());
        Assert.True(root.GetProperty("timings").GetProperty("initMs").GetDouble() > 0);
        Assert.Contains(root.GetProperty("logs").EnumerateArray(), line => line.GetString()!.Contains("Processed order", StringComparison.Ordinal));
        // Its queue trigger needs storage: the tool started Azurite's queue service for the run.
        Assert.Matches(@"Azure Storage: http://127\.0\.0\.1:\d+/devstoreaccount1 \(Azurite", result.Error);
    }

    [Fact]
    public void The_users_AzureWebJobsStorage_wins_and_without_it_a_missing_azurite_is_SLS6160()
    {
        var own = Tool.RunWithEnvironment(Folder, new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            [Tooling.Local.Azurite.ExecutableVariable] = "/nonexistent/azurite",
        }, "invoke", "-f", "ProcessOrder", "--no-build").ShouldExitWith(0);
        Assert.Contains("Azure Storage: AzureWebJobsStorage from the environment", own.Error, StringComparison.Ordinal);

        var missing = Tool.RunWithEnvironment(Folder, new Dictionary<string, string> { [Tooling.Local.Azurite.ExecutableVariable] = "/nonexistent/azurite" },
            "invoke", "-f", "ProcessOrder", "--no-build").ShouldExitWith(2);
        Assert.Contains("SLS6160", missing.Codes);
    }

    [Fact]
    public void An_event_file_is_the_trigger_value_and_a_throwing_function_exits_non_zero()
    {
        var result = Tool.RunWithInput(Folder, "\"poison\"", "invoke", "-f", "ProcessOrder", "--event", "-", "--no-build", "--json").ShouldExitWith(1);

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("error", document.RootElement.GetProperty("status").GetString());
        Assert.Contains("SLS6120", Tool.Run(Folder, "invoke", "-f", "Fail", "--no-build").ShouldExitWith(1).Codes);
    }

    [Fact]
    public void An_http_function_is_sent_its_route_under_the_prefix()
    {
        var result = Tool.Run(Folder, "invoke", "-f", "Get", "--no-build").ShouldExitWith(0);

        using var response = JsonDocument.Parse(result.Output);
        Assert.Equal(1, response.RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public void A_missing_app_folder_is_SLS6200()
    {
        // The tests of a class run one at a time, so the shared copy can lose its app folder for a moment.
        var app = Path.Combine(Folder, "functionapp");
        Directory.Move(app, app + ".away");
        try
        {
            Assert.Contains("SLS6200", Tool.Run(Folder, "invoke", "-f", "Get", "--no-build").ShouldExitWith(2).Codes);
        }
        finally
        {
            Directory.Move(app + ".away", app);
        }
    }

    [Fact]
    public async Task Start_api_serves_the_http_functions_under_api()
    {
        await using var api = await RunningApi.StartAsync(Folder, "--no-build");

        using var item = await api.Client.GetAsync("api/items/42");
        using var missing = await api.Client.GetAsync("items/42");

        Assert.Equal(200, (int)item.StatusCode);
        Assert.Equal(42, JsonDocument.Parse(await item.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.True(await api.WaitForOutputAsync(@"Azure Storage: http://127\.0\.0\.1:\d+/devstoreaccount1 \(Azurite"), api.Output);
    }

    /// <summary>The copy, built once for the class.</summary>
    public sealed class BuiltAzureApp : IDisposable
    {
        public BuiltAzureApp()
        {
            Copy = new AzureAppCopy();
            Dotnet.Run(Copy.ProjectDirectory, "build", "-nologo", "-v", "q").ShouldSucceed();
        }

        public AzureAppCopy Copy { get; }

        public void Dispose() => Copy.Dispose();
    }
}
