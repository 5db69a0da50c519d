using System.Text.Json;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>The sample function, published with Native AOT, answering API Gateway HTTP API events.</summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class HelloApiTests(PublishedFunctions functions)
{
    private static readonly string Events = Path.Combine(Repository.Root, "samples/HelloApi/events");

    private RunningFunction Start() => RunningFunction.Start(FunctionCommand.Executable(functions.HelloApi.Bootstrap));

    private static string Event(string name) => File.ReadAllText(Path.Combine(Events, name));

    [Fact]
    public async Task A_greeting_request_gets_a_200_json_greeting()
    {
        await using var function = Start();

        var response = await function.InvokeJsonAsync(Event("get-hello.json"));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/json", response.GetProperty("headers").GetProperty("content-type").GetString());
        var body = JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("Hello, world!", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_invocation_span_continues_the_xray_trace()
    {
        await using var function = Start();

        var response = await function.InvokeJsonAsync(Event("get-hello.json"), new InvocationOptions { TraceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1" });

        var body = JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("5759e988bd862e3fe1be46a994272793", body.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task An_unknown_route_gets_a_404_problem()
    {
        await using var function = Start();

        var response = await function.InvokeJsonAsync(Event("not-found.json"));

        Assert.Equal(404, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/problem+json", response.GetProperty("headers").GetProperty("content-type").GetString());
    }

    [Fact]
    public async Task Each_greeting_logs_a_json_line_and_counts_a_metric()
    {
        await using var function = Start();

        var result = await function.InvokeAsync(Event("get-hello.json"));

        var lines = function.JsonLines();
        var log = Assert.Single(lines, l => l.TryGetProperty("message", out var m) && m.GetString() == "Greeting world in en");
        Assert.Equal(result.RequestId, log.GetProperty("function_request_id").GetString());
        Assert.Single(lines, l => l.TryGetProperty("Greetings", out _));
        Assert.Single(lines, l => l.TryGetProperty("ColdStart", out _));
    }
}
