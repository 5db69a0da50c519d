using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>What the Native AOT test function (published with UseSystemResourceKeys) reports about failures and traces.</summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class TestFunctionDiagnosticsTests(PublishedFunctions functions)
{
    private const string Sampled = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    private RunningFunction Start(IDictionary<string, string>? environment = null) =>
        RunningFunction.Start(FunctionCommand.Executable(functions.TestFunction.Bootstrap), environment);

    [Fact]
    public async Task A_framework_exception_is_reported_under_its_type_name_in_the_error_and_the_log()
    {
        await using var function = Start();

        var failed = await function.InvokeAsync("""{"action":"null"}""");

        Assert.Equal(InvocationOutcome.Error, failed.Outcome);
        Assert.Equal("System.NullReferenceException", failed.ErrorType);
        var error = JsonDocument.Parse(failed.Body).RootElement;
        Assert.Equal("System.NullReferenceException", error.GetProperty("errorType").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("errorMessage").GetString()));
        var line = function.JsonLines().Single(l => l.TryGetProperty("level", out var level) && level.GetString() == "Error");
        Assert.Equal("System.NullReferenceException", line.GetProperty("exception").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_users_exception_message_is_kept_in_the_error_and_the_log()
    {
        await using var function = Start();

        var failed = await function.InvokeAsync("""{"action":"throw","message":"my message"}""");

        var error = JsonDocument.Parse(failed.Body).RootElement;
        Assert.Equal("System.InvalidOperationException", error.GetProperty("errorType").GetString());
        Assert.Equal("my message", error.GetProperty("errorMessage").GetString());
        var line = function.JsonLines().Single(l => l.TryGetProperty("level", out var level) && level.GetString() == "Error");
        Assert.Equal("my message", line.GetProperty("exception").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_sampled_invocation_sends_its_activities_to_the_x_ray_daemon_before_its_response()
    {
        using var daemon = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var address = $"127.0.0.1:{((IPEndPoint)daemon.Client.LocalEndPoint!).Port}";
        await using var function = Start(new Dictionary<string, string> { ["AWS_XRAY_DAEMON_ADDRESS"] = address });

        await function.InvokeJsonAsync("""{"action":"trace","message":"call inventory"}""", new InvocationOptions { TraceId = Sampled });
        // Sent before the response: both are already queued on the socket.
        var documents = new List<JsonElement>();
        while (daemon.Available > 0 || documents.Count < 2)
        {
            var datagram = Encoding.UTF8.GetString((await daemon.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(5))).Buffer);
            var newline = datagram.IndexOf('\n', StringComparison.Ordinal);
            Assert.Equal(1, JsonDocument.Parse(datagram[..newline]).RootElement.GetProperty("version").GetInt32());
            documents.Add(JsonDocument.Parse(datagram[(newline + 1)..]).RootElement);
        }

        var outer = documents.Single(d => d.GetProperty("name").GetString() == "call inventory");
        var inner = documents.Single(d => d.GetProperty("name").GetString() == "reserve");
        Assert.Equal("53995c3f42cd8ad8", outer.GetProperty("parent_id").GetString());
        Assert.Equal(outer.GetProperty("id").GetString(), inner.GetProperty("parent_id").GetString());
        Assert.Equal("c-42", outer.GetProperty("annotations").GetProperty("customer_id").GetString());
        Assert.True(inner.GetProperty("fault").GetBoolean());
    }

    [Fact]
    public async Task An_unsampled_invocation_sends_nothing_to_the_x_ray_daemon()
    {
        using var daemon = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var address = $"127.0.0.1:{((IPEndPoint)daemon.Client.LocalEndPoint!).Port}";
        await using var function = Start(new Dictionary<string, string> { ["AWS_XRAY_DAEMON_ADDRESS"] = address });

        await function.InvokeJsonAsync("""{"action":"trace"}""", new InvocationOptions { TraceId = Sampled.Replace("Sampled=1", "Sampled=0", StringComparison.Ordinal) });
        await Task.Delay(300);

        Assert.Equal(0, daemon.Available);
    }
}
