using System.Text.Json;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Templates.Tests.Infrastructure;

namespace ServerlessSdk.Templates.Tests;

/// <summary>
/// <c>--platform azure --logging serilog</c>: one build (zero warnings, the trim and AOT analyzers on) and the
/// generated tests, then the build's own output answers a timer invocation under the local Azure host and its
/// Serilog event arrives in the invocation's logs as the runtime's JSON line with Azure's fields. No Native AOT
/// publish: the Serilog sink's AOT cleanliness is the analyzers' to prove, and the default publish tests cover the zip.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class AzureSerilogBuildTests(TemplatePack pack)
{
    [Fact]
    public async Task Scheduled_with_serilog_builds_tests_and_logs_structured_lines_into_the_invocation()
    {
        var project = pack.Create("serverless-scheduled", "Sweeper", "--skip-restore", "--platform", "azure", "--logging", "serilog");
        project.Build().ShouldSucceed();
        project.Test().ShouldSucceed();

        // The build's app folder (host.json, function folders) with its JIT output as the handler, as the build's probe runs it.
        var app = AzureApp.Load(Path.Combine(project.FunctionDirectory, "functionapp")) with
        {
            ExecutablePath = "dotnet",
            Arguments = [Path.Combine(project.FunctionDirectory, "bin", "Release", "net10.0", "Sweeper.dll")],
        };
        await using var host = await LocalAzureHost.StartAsync(app);

        var result = await host.InvokeAsync("CleanupJob", LocalAzureHost.TimerData(DateTimeOffset.UtcNow));

        var output = string.Join('\n', host.Logs.Select(l => l.Text));
        Assert.True(result.StatusCode == 200, $"{result.StatusCode}\n{output}");
        var lines = result.Logs.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var line = Assert.Single(lines, l => l.TryGetProperty("Count", out _));
        Assert.Equal(2, line.GetProperty("Count").GetInt32());
        Assert.Equal("CleanupJob", line.GetProperty("FunctionName").GetString());
        Assert.False(string.IsNullOrEmpty(line.GetProperty("InvocationId").GetString()));
    }
}
