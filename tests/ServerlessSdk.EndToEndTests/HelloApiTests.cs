using System.Text.Json;
using System.Text.Json.Nodes;
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
    public async Task An_unknown_route_gets_api_gateways_404()
    {
        await using var function = Start();

        var response = await function.InvokeJsonAsync(Event("not-found.json"));

        Assert.Equal(404, response.GetProperty("statusCode").GetInt32());
        var body = JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("Not Found", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_path_parameter_is_bound_by_the_generated_router()
    {
        await using var function = Start();
        var request = JsonNode.Parse(Event("get-hello.json"))!;
        request["routeKey"] = "$default";
        request["rawPath"] = "/hello/Ada%20L";
        request["rawQueryString"] = "lang=fr";
        request["queryStringParameters"] = new JsonObject { ["lang"] = "fr" };

        var response = await function.InvokeJsonAsync(request.ToJsonString());

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        var body = JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("Bonjour, Ada L!", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Another_method_on_a_known_route_gets_405()
    {
        await using var function = Start();
        var request = JsonNode.Parse(Event("get-hello.json"))!;
        request["routeKey"] = "$default";
        request["requestContext"]!["http"]!["method"] = "POST";

        var response = await function.InvokeJsonAsync(request.ToJsonString());

        Assert.Equal(405, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("GET", response.GetProperty("headers").GetProperty("allow").GetString());
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
