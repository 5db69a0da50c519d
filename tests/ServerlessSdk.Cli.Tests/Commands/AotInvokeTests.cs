using System.Text.Json;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>The one Native AOT test: --aot publishes for linux-x64 and runs the bootstrap from the publish folder.</summary>
public sealed class AotInvokeTests
{
    [Fact]
    public void Invoke_with_aot_publishes_and_runs_the_native_bootstrap()
    {
        using var copy = new SampleCopy();

        var result = Tool.Run(copy.ProjectDirectory, "invoke", "--aot", "-f", "Items", "--json").ShouldExitWith(0);

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("response", document.RootElement.GetProperty("status").GetString());
        Assert.Equal(200, document.RootElement.GetProperty("response").GetProperty("statusCode").GetInt32());
        Assert.True(File.Exists(Path.Combine(copy.ProjectDirectory, "bin", "Debug", "net10.0", "linux-x64", "publish", "bootstrap")));
    }
}
