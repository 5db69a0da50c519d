using System.Net;
using System.Net.Sockets;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>How start-api starts and stops: SIGTERM as a process manager sends it, and ports it cannot use.</summary>
[Collection(BuiltSampleCollection.Name)]
public sealed class StartApiStopTests(BuiltSample sample)
{
    [Fact]
    public async Task SIGTERM_stops_each_warm_function_with_SIGTERM_and_exits_0()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // signals and /proc
        }

        await using var api = await RunningApi.StartAsync(sample.Copy.ProjectDirectory, "--no-build");
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("items/1")).StatusCode);
        var functions = ChildProcesses.Of(api.Id, "bootstrap");
        Assert.Single(functions);

        Assert.True(await api.TerminateAsync(TimeSpan.FromSeconds(15)), "start-api did not stop on SIGTERM:\n" + api.Output);

        Assert.True(api.ExitCode == 0, $"start-api exited {api.ExitCode}:\n{api.Output}");
        Assert.Contains("Stopping", api.Output, StringComparison.Ordinal);
        Assert.Matches(@"\[Items\] .*SIGTERM received", api.Output);
        Assert.False(ChildProcesses.IsRunning(functions[0]), $"the function process {functions[0]} outlived start-api");
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    public void A_port_that_is_no_TCP_port_is_SLS6111(string port)
    {
        var result = Tool.Run(sample.Copy.ProjectDirectory, "start-api", "--port", port, "--no-build").ShouldExitWith(2);

        Assert.Contains("SLS6111", result.Codes);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void A_port_in_use_is_SLS6110()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = Tool.Run(sample.Copy.ProjectDirectory, "start-api", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-build").ShouldExitWith(2);

        Assert.Contains("SLS6110", result.Codes);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
