using System.Net;
using System.Text.Json;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Tests.Infrastructure;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Tests.Installed;

/// <summary>
/// Every command of the tool installed from its nupkg, run where the template's README has you work: the root of a
/// <c>dotnet new serverless-api</c> solution. Tests of one collection run one at a time, so builds never overlap.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class InstalledToolTests(InstalledTool tool)
{
    [Fact]
    public void Invoke_at_the_solution_root_sends_the_projects_own_sample_event_and_succeeds()
    {
        var result = tool.Run("invoke", "--json").ShouldExitWith(ExitCodes.Success);

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("response", document.RootElement.GetProperty("status").GetString());
        // ServerlessStartupEvent is events/create-item.json: POST /items creates an item.
        Assert.Equal(201, document.RootElement.GetProperty("response").GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public void Invoke_with_an_event_the_function_cannot_take_exits_1_with_SLS6120()
    {
        // JSON, but no HTTP API event: the runtime cannot deserialize it and answers with an error document.
        var notAnEvent = Path.Combine(tool.Project.Root, "not-an-event.json");
        File.WriteAllText(notAnEvent, "[1]");

        var result = tool.Run("invoke", "--event", notAnEvent);

        result.ShouldExitWith(ExitCodes.FunctionFailed);
        Assert.Contains("SLS6120", result.Codes);
    }

    [Fact]
    public void Invoke_with_aot_publishes_and_runs_the_native_bootstrap()
    {
        var result = tool.Run("invoke", "--aot", "--json").ShouldExitWith(ExitCodes.Success);

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(201, document.RootElement.GetProperty("response").GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Start_api_serves_routes_answers_404_and_405_and_stops_on_SIGTERM()
    {
        var api = await RunningApi.StartAsync(tool.StartInfo(["start-api", "--port", "0"]));
        await using (api)
        {
            using var listed = await api.Client.GetAsync("items");
            using var unknown = await api.Client.GetAsync("nowhere");
            using var wrongMethod = await api.Client.PutAsync("items", content: null);

            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
            Assert.True(await api.TerminateAsync(TimeSpan.FromSeconds(15)), api.Output);
            Assert.True(api.ExitCode == ExitCodes.Success, $"start-api exited {api.ExitCode} on SIGTERM:\n{api.Output}");
        }
    }

    [Fact]
    public void Events_prints_every_type_as_JSON()
    {
        Assert.All(SampleEvents.TriggerTypes, type =>
        {
            var result = tool.Run("events", type).ShouldExitWith(ExitCodes.Success);
            using var _ = JsonDocument.Parse(result.Output);
        });
    }

    [Fact]
    public void Report_at_the_solution_root_reports_the_function()
    {
        var result = tool.Run("report", "--json");

        // 1 is a budget breach, which a loaded test machine may measure: the command itself worked.
        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.FunctionFailed, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var function = Assert.Single(document.RootElement.GetProperty("functions").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, function.GetProperty("report").ValueKind);
    }
}
