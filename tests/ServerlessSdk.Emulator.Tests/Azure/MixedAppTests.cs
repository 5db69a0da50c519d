using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServerlessSdk.Emulator.Azure;

namespace ServerlessSdk.Emulator.Tests.Azure;

/// <summary>
/// The SDK's own runtime (the Azure test function's handler.dll) in an app that mixes HTTP and queue triggers: host.json
/// does not proxy, so the local host sends HTTP requests as <c>POST /&lt;function&gt;</c> invocations with <c>Data.req</c>,
/// as the Functions host does, and reads the answer from the <c>res</c> output.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class MixedAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azure-mixed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Http_and_queue_functions_of_one_app_are_both_served_without_proxying()
    {
        var app = AzureTestApps.Write(_folder, proxy: false, [],
            ("List", AzureTestApps.Http("items", "get")),
            ("Get", AzureTestApps.Http("items/{id}", "get")),
            ("ProcessOrder", AzureTestApps.Queue("orders")));
        Assert.False(app.ProxiesHttp);
        await using var host = await LocalAzureHost.StartAsync(app, FunctionCommand.DotnetDll(HandlerDll()));

        var item = await host.SendAsync(HttpMethod.Get, "/api/items/7");
        var list = await host.SendAsync(HttpMethod.Get, "/api/items?limit=2", headers: new Dictionary<string, string> { ["x-caller"] = "mixed" });
        var order = await host.InvokeAsync("ProcessOrder", JsonValue.Create("order-3"));

        Assert.Equal(200, item.StatusCode);
        Assert.Equal(7, JsonDocument.Parse(item.Body).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(200, list.StatusCode);
        var body = JsonDocument.Parse(list.Body).RootElement;
        Assert.Equal("2", body.GetProperty("limit").GetString());
        Assert.Equal("/items", body.GetProperty("path").GetString());
        Assert.Contains(list.Logs, l => JsonDocument.Parse(l).RootElement.TryGetProperty("Caller", out var caller) && caller.GetString() == "mixed");
        Assert.Contains(order.Logs, l => JsonDocument.Parse(l).RootElement.GetProperty("Body").GetString() == "order-3");
    }

    [Fact]
    public async Task Through_the_res_output_one_cookie_survives_with_a_warning_and_a_binary_body_is_a_coded_500()
    {
        var app = AzureTestApps.Write(_folder, proxy: false, [],
            ("Cookies", AzureTestApps.Http("cookies", "get")),
            ("Image", AzureTestApps.Http("image", "get")),
            ("ProcessOrder", AzureTestApps.Queue("orders")));
        await using var host = await LocalAzureHost.StartAsync(app, FunctionCommand.DotnetDll(HandlerDll()));

        var cookies = await host.SendAsync(HttpMethod.Get, "/api/cookies");
        var image = await host.SendAsync(HttpMethod.Get, "/api/image");

        Assert.Equal(["first=1; Path=/"], cookies.HeaderValues["set-cookie"]);
        Assert.Contains(cookies.Logs, l => JsonDocument.Parse(l).RootElement.GetProperty("message").GetString()!.StartsWith("SLS6211", StringComparison.Ordinal));
        Assert.Empty(cookies.Warnings);
        Assert.Equal(500, image.StatusCode);
        Assert.Contains(image.Logs, l => JsonDocument.Parse(l).RootElement.GetProperty("message").GetString()!.StartsWith("SLS6212", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Proxied_every_cookie_and_the_bytes_pass_through()
    {
        var app = AzureTestApps.Write(_folder, proxy: true, [], ("Cookies", AzureTestApps.Http("cookies", "get")), ("Image", AzureTestApps.Http("image", "get")));
        await using var host = await LocalAzureHost.StartAsync(app, FunctionCommand.DotnetDll(HandlerDll()));

        var cookies = await host.SendAsync(HttpMethod.Get, "/api/cookies");
        var image = await host.SendAsync(HttpMethod.Get, "/api/image");

        Assert.Equal(["first=1; Path=/", "second=2; Path=/"], cookies.HeaderValues["Set-Cookie"]);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], image.BodyBytes);
    }

    [Fact]
    public async Task The_sample_event_grid_event_reaches_an_event_grid_handler_as_invoke_sends_it()
    {
        var app = AzureTestApps.Write(_folder, proxy: false, [], ("OnEvent", AzureTestApps.Binding("eventGridTrigger", "eventGridEvent", new JsonObject())));
        await using var host = await LocalAzureHost.StartAsync(app, FunctionCommand.DotnetDll(HandlerDll()));

        var answer = await host.SendAsync(AzureSampleRequests.For(app, app.Find("OnEvent")!, DateTimeOffset.UtcNow));

        Assert.False(answer.Failed);
        var line = JsonDocument.Parse(Assert.Single(answer.Logs)).RootElement;
        Assert.Equal("Sample.Created", line.GetProperty("EventType").GetString());
        Assert.Equal("samples/sample.json", line.GetProperty("Subject").GetString());
        Assert.Equal("""{"sample":true}""", line.GetProperty("Data").GetString());
    }

    private static string HandlerDll()
    {
        var configuration = typeof(MixedAppTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ServerlessSdk.sln")))
            {
                return Path.Combine(directory.FullName, $"tests/ServerlessSdk.Functions.AzureTestFunction/bin/{configuration}/net10.0/handler.dll");
            }
        }

        throw new InvalidOperationException("The test is not running inside the repository.");
    }
}
