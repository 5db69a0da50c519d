using System.Text.Json;
using System.Text.Json.Nodes;
using ServerlessSdk.Emulator.Azure;

namespace ServerlessSdk.Emulator.Tests.Azure;

/// <summary>
/// The local Azure host against a tiny custom handler (Assets/fake_custom_handler.py), following learn.microsoft.com
/// "Azure Functions custom handlers": the handler gets FUNCTIONS_CUSTOMHANDLER_PORT ("Application structure",
/// "Configuration"); with enableProxyingHttpRequest requests arrive as they are ("HTTP-only function"); otherwise the
/// host POSTs { "Data", "Metadata" } to /&lt;function&gt; and reads { "Outputs", "Logs", "ReturnValue" } ("Request
/// payload", "Response payload").
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LocalAzureHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azure-host-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_proxied_request_arrives_as_it_is_with_the_port_in_the_environment()
    {
        var app = WriteApp(proxy: true, ("GetItem", Http("items/{id}", "get")));
        await using var host = await LocalAzureHost.StartAsync(app);

        var response = await host.SendAsync(HttpMethod.Get, "/api/items/42?x=1");

        Assert.Equal(200, response.StatusCode);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("/api/items/42?x=1", body.GetProperty("path").GetString());
        Assert.Equal(host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("env").GetProperty("FUNCTIONS_CUSTOMHANDLER_PORT").GetString());
        Assert.Equal("custom", body.GetProperty("env").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.NotNull(host.TimeToFirstResponse);
        Assert.True(host.TimeToFirstResponse >= host.TimeToListen);
        Assert.True(host.ReadPeakRssBytes() > 0);
    }

    [Fact]
    public async Task Without_proxying_an_http_request_is_an_invocation_with_req_and_its_route_parameters()
    {
        var app = WriteApp(proxy: false, ("GetItem", Http("items/{id}", "get")), ("ProcessOrder", Queue("orders")));
        await using var host = await LocalAzureHost.StartAsync(app);

        var response = await host.SendAsync(HttpMethod.Get, "/api/items/42");
        var missing = await host.SendAsync(HttpMethod.Post, "/api/items/42");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("GetItem", response.Headers["X-Function"]);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("42", body.GetProperty("params").GetProperty("id").GetString());
        Assert.Equal("GET", body.GetProperty("method").GetString());
        Assert.Equal(["handled GetItem"], response.Logs);
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task The_res_output_is_read_as_the_functions_host_reads_it_and_what_it_drops_is_a_coded_warning()
    {
        var app = WriteApp(proxy: false, ("Extras", Http("extras", "get")), ("ProcessOrder", Queue("orders")));
        await using var host = await LocalAzureHost.StartAsync(app);

        var response = await host.SendAsync(HttpMethod.Get, "/api/extras");

        Assert.Equal(202, response.StatusCode);
        Assert.Equal("extras", response.Body);
        // The array's JSON text in one header, as ToString() of the host's value gives it.
        Assert.Equal(["a=1", "b=2"], JsonSerializer.Deserialize<string[]>(response.Headers["Set-Cookie"])!);
        Assert.Single(response.HeaderValues["Set-Cookie"]);
        Assert.Equal(3, response.Warnings.Count);
        Assert.All(response.Warnings, w => Assert.StartsWith("SLS6213", w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_queue_message_is_posted_under_its_binding_name_with_metadata()
    {
        var app = WriteApp(proxy: false, ("ProcessOrder", Queue("orders")));
        await using var host = await LocalAzureHost.StartAsync(app);

        var result = await host.InvokeAsync("ProcessOrder", JsonValue.Create("hello"), new JsonObject { ["DequeueCount"] = "1" });

        var echoed = result.ReturnValue!.Value;
        Assert.Equal("ProcessOrder", echoed.GetProperty("function").GetString());
        Assert.Equal("hello", echoed.GetProperty("data").GetProperty("message").GetString());
        Assert.Equal("1", echoed.GetProperty("metadata").GetProperty("DequeueCount").GetString());
        Assert.Equal(["handled ProcessOrder"], result.Logs);
        // The handler's stdout is read on its own thread: the line may land just after the answer.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!host.Logs.Any(l => l.Text == "invoked ProcessOrder") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Contains(host.Logs, l => l.Text == "invoked ProcessOrder");
    }

    [Fact]
    public async Task A_timer_gets_the_documented_timer_payload()
    {
        var app = WriteApp(proxy: false, ("Cleanup", Binding("timerTrigger", "timer", new JsonObject { ["schedule"] = "0 */5 * * * *" })));
        await using var host = await LocalAzureHost.StartAsync(app);

        var result = await host.InvokeAsync("Cleanup", LocalAzureHost.TimerData(DateTimeOffset.UnixEpoch));

        var timer = result.ReturnValue!.Value.GetProperty("data").GetProperty("timer");
        Assert.False(timer.GetProperty("IsPastDue").GetBoolean());
        Assert.True(timer.GetProperty("ScheduleStatus").TryGetProperty("Next", out _));
    }

    [Fact]
    public async Task A_handler_that_exits_before_listening_is_reported()
    {
        var app = WriteApp(proxy: true, ["exit"], ("GetItem", Http("items/{id}", "get")));

        var error = await Assert.ThrowsAsync<AzureHostException>(() => LocalAzureHost.StartAsync(app));

        Assert.Contains("code 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_taken_before_the_handler_binds_it_is_picked_again()
    {
        var app = WriteApp(proxy: true, ["taken"], ("GetItem", Http("items/{id}", "get")));
        await using var host = await LocalAzureHost.StartAsync(app);

        var response = await host.SendAsync(HttpMethod.Get, "/api/items/1");

        Assert.Equal(200, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(app.Folder, "taken.marker")));
    }

    [Fact]
    public async Task An_answer_that_is_not_the_response_payload_is_reported()
    {
        var app = WriteApp(proxy: false, ["garbage"], ("ProcessOrder", Queue("orders")));
        await using var host = await LocalAzureHost.StartAsync(app);

        await Assert.ThrowsAsync<AzureHostException>(() => host.InvokeAsync("ProcessOrder", JsonValue.Create("x")));
    }

    [Fact]
    public void An_app_without_host_json_or_functions_cannot_be_loaded()
    {
        Assert.Throws<AzureAppException>(() => AzureApp.Load(_folder));
        File.WriteAllText(Path.Combine(_folder, "host.json"), """{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "handler" } } }""");
        Assert.Throws<AzureAppException>(() => AzureApp.Load(_folder));
    }

    private AzureApp WriteApp(bool proxy, params (string Name, JsonObject Bindings)[] functions) => AzureTestApps.Write(_folder, proxy, ["serve"], functions);

    private AzureApp WriteApp(bool proxy, string[] arguments, params (string Name, JsonObject Bindings)[] functions) => AzureTestApps.Write(_folder, proxy, arguments, functions);

    private static JsonObject Http(string route, string method) => AzureTestApps.Http(route, method);

    private static JsonObject Queue(string queue) => AzureTestApps.Queue(queue);

    private static JsonObject Binding(string type, string name, JsonObject settings) => AzureTestApps.Binding(type, name, settings);
}
