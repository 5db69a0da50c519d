using System.Net;
using System.Text;
using System.Text.Json;

namespace ServerlessSdk.Functions.Tests.Azure;

/// <summary>Starts the handler once for the protocol tests.</summary>
public sealed class RunningHandler : IDisposable
{
    internal CustomHandlerProcess Handler { get; } = CustomHandlerProcess.Start();

    public void Dispose() => Handler.Dispose();
}

/// <summary>
/// The custom-handler protocol as Microsoft documents it (learn.microsoft.com/azure/azure-functions/functions-custom-handlers):
/// HTTP requests proxied as they are (<c>enableProxyingHttpRequest</c>, route prefix <c>api</c>), every other trigger
/// POSTed to <c>/&lt;FunctionName&gt;</c> as <c>{ "Data", "Metadata" }</c> and answered with
/// <c>{ "Outputs", "Logs", "ReturnValue" }</c>; the host's <c>X-Azure-Functions-InvocationId</c> and W3C
/// <c>traceparent</c> headers reach the handler's context and its log lines.
/// </summary>
public sealed class CustomHandlerTests(RunningHandler running) : IClassFixture<RunningHandler>
{
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private readonly CustomHandlerProcess _handler = running.Handler;

    [Fact]
    public async Task A_proxied_request_reaches_the_route_with_the_invocation_id_and_trace_context()
    {
        var invocationId = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/items?limit=3");
        request.Headers.Add("X-Azure-Functions-InvocationId", invocationId);
        request.Headers.Add("traceparent", TraceParent);
        request.Headers.Add("x-caller", "tests");

        using var response = await _handler.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("List", body.GetProperty("function").GetString());
        Assert.Equal(invocationId, body.GetProperty("invocation").GetString());
        Assert.Equal(TraceParent, body.GetProperty("trace").GetString());
        Assert.Equal("3", body.GetProperty("limit").GetString());
        Assert.Equal("/items", body.GetProperty("path").GetString());

        var line = _handler.WaitForLine(l => l.TryGetProperty("InvocationId", out var id) && id.GetString() == invocationId);
        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal("List", line.GetProperty("FunctionName").GetString());
        Assert.Equal(TraceParent, line.GetProperty("traceparent").GetString());
        Assert.Equal("tests", line.GetProperty("Caller").GetString());
        Assert.False(line.TryGetProperty("function_request_id", out _));
    }

    [Theory]
    [InlineData("GET", "api/items/42", 200, """{"id":42}""")]
    [InlineData("GET", "api/items/forty-two", 400, null)]
    [InlineData("GET", "api/nothing", 404, null)]
    [InlineData("DELETE", "api/items", 405, null)]
    [InlineData("GET", "items/42", 404, null)]
    public async Task The_generated_router_answers_as_it_does_on_aws(string method, string path, int status, string? body)
    {
        using var response = await _handler.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        if (body is not null)
        {
            Assert.Equal(body, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_request_body_and_response_cookies_pass_through()
    {
        using var response = await _handler.Client.PostAsync("api/items", new StringContent("{\"name\":\"widget\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("{\"name\":\"widget\"}", await response.Content.ReadAsStringAsync());
        Assert.Contains("session=abc; Path=/", response.Headers.GetValues("Set-Cookie"));
    }

    [Fact]
    public async Task A_chunked_request_body_is_read_whole()
    {
        var text = new string('x', 20_000) + "end";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/items") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _handler.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_route_is_a_500_without_the_exception_and_an_error_line_with_it()
    {
        var invocationId = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/fail");
        request.Headers.Add("X-Azure-Functions-InvocationId", invocationId);

        using var response = await _handler.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("on purpose", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var line = _handler.WaitForLine(l => l.TryGetProperty("InvocationId", out var id) && id.GetString() == invocationId);
        Assert.Equal("Error", line.GetProperty("level").GetString());
        Assert.Equal("Fail", line.GetProperty("FunctionName").GetString());
        Assert.Equal("System.InvalidOperationException", line.GetProperty("exception").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_queue_invocation_gets_the_typed_message_and_answers_outputs_logs_and_return_value()
    {
        var invocationId = Guid.NewGuid().ToString();
        // The documented request payload of a queue trigger; some metadata strings arrive JSON-quoted a second time.
        var payload = """
            {
              "Data": { "message": "order-17" },
              "Metadata": {
                "DequeueCount": 2,
                "ExpirationTime": "2026-12-10T17:58:31+00:00",
                "Id": "\"800ae4b3-bdd2-4c08-badd-f08e5a34b865\"",
                "InsertionTime": "2026-12-03T17:58:31+00:00",
                "NextVisibleTime": "2026-12-03T18:08:32+00:00",
                "PopReceipt": "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
                "sys": { "MethodName": "ProcessOrder", "UtcNow": "2026-12-03T17:58:32.2205399Z", "RandGuid": "24ad4c06-24ad-4e5b-8294-3da9714877e9" }
              }
            }
            """;

        var (status, result) = await InvokeAsync("ProcessOrder", payload, invocationId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Object, result.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("ReturnValue").ValueKind);
        var logs = result.GetProperty("Logs").EnumerateArray().Select(l => JsonDocument.Parse(l.GetString()!).RootElement).ToList();
        var line = Assert.Single(logs);
        Assert.Equal("order-17", line.GetProperty("Body").GetString());
        Assert.Equal(2, line.GetProperty("DequeueCount").GetInt32());
        Assert.Equal("800ae4b3-bdd2-4c08-badd-f08e5a34b865", line.GetProperty("Id").GetString());
        Assert.Equal("ProcessOrder", line.GetProperty("FunctionName").GetString());
        Assert.Equal(invocationId, line.GetProperty("InvocationId").GetString());
        Assert.Equal(TraceParent, line.GetProperty("traceparent").GetString());
        // Returned to the host for this invocation, not written to stdout a second time.
        Assert.DoesNotContain(_handler.LogLines, l => l.TryGetProperty("InvocationId", out var id) && id.GetString() == invocationId);
    }

    [Fact]
    public async Task A_failing_queue_invocation_is_a_500_so_the_host_retries_it()
    {
        var (status, result) = await InvokeAsync("ProcessOrder", """{"Data":{"message":"poison"},"Metadata":{"DequeueCount":1}}""", Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var line = JsonDocument.Parse(Assert.Single(result.GetProperty("Logs").EnumerateArray()).GetString()!).RootElement;
        Assert.Equal("Error", line.GetProperty("level").GetString());
    }

    [Fact]
    public async Task A_timer_invocation_reaches_a_schedule_handler_as_a_scheduled_event()
    {
        var (status, result) = await InvokeAsync("Cleanup", """
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},
             "Metadata":{"sys":{"MethodName":"Cleanup","UtcNow":"2026-12-03T12:05:00.0000000Z","RandGuid":"2a2f0b5a-2b3a-4a3e-9a56-0d1c6d0c4f10"}}}
            """, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.OK, status);
        var line = JsonDocument.Parse(Assert.Single(result.GetProperty("Logs").EnumerateArray()).GetString()!).RootElement;
        Assert.Equal("azure.functions.timer", line.GetProperty("Source").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 12, 5, 0, TimeSpan.Zero), DateTimeOffset.Parse(line.GetProperty("Time").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_timer_invocation_reaches_a_timer_info_handler()
    {
        var (status, result) = await InvokeAsync("Noon", """{"Data":{"timer":{"IsPastDue":true}},"Metadata":{}}""", Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.OK, status);
        var line = JsonDocument.Parse(Assert.Single(result.GetProperty("Logs").EnumerateArray()).GetString()!).RootElement;
        Assert.True(line.GetProperty("PastDue").GetBoolean());
    }

    [Fact]
    public async Task Concurrent_invocations_each_log_under_their_own_invocation_id()
    {
        var ids = Enumerable.Range(0, 24).Select(_ => Guid.NewGuid().ToString()).ToList();

        var results = await Task.WhenAll(ids.Select(id => InvokeAsync("ProcessOrder", $$$"""{"Data":{"message":"{{{id}}}"},"Metadata":{}}""", id)));

        for (var i = 0; i < ids.Count; i++)
        {
            var line = JsonDocument.Parse(Assert.Single(results[i].Result.GetProperty("Logs").EnumerateArray()).GetString()!).RootElement;
            Assert.Equal(ids[i], line.GetProperty("InvocationId").GetString());
            Assert.Equal(ids[i], line.GetProperty("Body").GetString());
        }
    }

    [Fact]
    public async Task A_further_trigger_named_by_the_build_reaches_the_same_handler()
    {
        // contract-azure.md: a function's second trigger is the Azure function <Name>_2.
        var (status, result) = await InvokeAsync("ProcessOrder_2", """{"Data":{"message":"second"},"Metadata":{}}""", Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.OK, status);
        var line = JsonDocument.Parse(Assert.Single(result.GetProperty("Logs").EnumerateArray()).GetString()!).RootElement;
        Assert.Equal("second", line.GetProperty("Body").GetString());
        Assert.Equal("ProcessOrder_2", line.GetProperty("FunctionName").GetString());
    }

    [Fact]
    public async Task A_non_proxied_http_invocation_reaches_the_route_and_answers_the_res_output_with_its_logs()
    {
        var invocationId = Guid.NewGuid().ToString();
        // The documented payload of an HTTP trigger when host.json does not proxy: headers as arrays of values.
        var payload = """
            {
              "Data": {
                "req": {
                  "Url": "http://localhost:7071/api/items?limit=3",
                  "Method": "GET",
                  "Query": { "limit": "3" },
                  "Headers": { "Host": ["localhost:7071"], "X-Caller": ["tests"] },
                  "Params": {},
                  "Body": null
                }
              },
              "Metadata": { "Query": { "limit": "3" }, "sys": { "MethodName": "List" } }
            }
            """;

        var (status, result) = await InvokeAsync("List", payload, invocationId);

        Assert.Equal(HttpStatusCode.OK, status);
        var res = result.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.StartsWith("application/json", res.GetProperty("headers").GetProperty("content-type").GetString(), StringComparison.Ordinal);
        var body = JsonDocument.Parse(res.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("List", body.GetProperty("function").GetString());
        Assert.Equal(invocationId, body.GetProperty("invocation").GetString());
        Assert.Equal("3", body.GetProperty("limit").GetString());
        Assert.Equal("/items", body.GetProperty("path").GetString());
        var line = JsonDocument.Parse(Assert.Single(result.GetProperty("Logs").EnumerateArray()).GetString()!).RootElement;
        Assert.Equal("tests", line.GetProperty("Caller").GetString());
        Assert.Equal(invocationId, line.GetProperty("InvocationId").GetString());
        Assert.Equal(TraceParent, line.GetProperty("traceparent").GetString());
    }

    [Theory]
    [InlineData("Get", "GET", "/api/items/42", """{"id":"42"}""", null, 200, """{"id":42}""")]
    [InlineData("Get", "GET", "/api/items/forty-two", """{"id":"forty-two"}""", null, 400, null)]
    [InlineData("Create", "POST", "/api/items", "{}", "\"order-9\"", 201, "order-9")]
    [InlineData("Fail", "GET", "/api/fail", "{}", null, 500, null)]
    public async Task A_non_proxied_http_invocation_answers_as_the_proxied_route_does(string function, string method, string path, string parameters, string? body, int status, string? expected)
    {
        var payload = $$"""
            { "Data": { "req": { "Url": "http://localhost:7071{{path}}", "Method": "{{method}}", "Query": {}, "Headers": { "Content-Type": ["text/plain"] },
              "Params": {{parameters}}, "Body": {{body ?? "null"}} } }, "Metadata": {} }
            """;

        var (invocationStatus, result) = await InvokeAsync(function, payload, Guid.NewGuid().ToString());

        // The invocation succeeds whatever the route answers: the HTTP status travels in the output binding.
        Assert.Equal(HttpStatusCode.OK, invocationStatus);
        var res = result.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(status, res.GetProperty("statusCode").GetInt32());
        if (expected is not null)
        {
            Assert.Equal(expected, res.GetProperty("body").GetString());
        }

        if (function == "Create")
        {
            Assert.StartsWith("session=abc", res.GetProperty("headers").GetProperty("set-cookie").GetString(), StringComparison.Ordinal);
        }

        if (status == 500)
        {
            Assert.DoesNotContain("failed on purpose", res.GetProperty("body").GetString()!, StringComparison.Ordinal);
            Assert.Contains(result.GetProperty("Logs").EnumerateArray(), l => JsonDocument.Parse(l.GetString()!).RootElement.GetProperty("level").GetString() == "Error");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_event_grid_invocation_reaches_the_handler_as_an_object_or_as_its_json_text(bool asText)
    {
        const string Event = """{"id":"e-1","topic":"/subscriptions/x/topics/orders","subject":"orders/42","eventType":"Orders.Created","eventTime":"2026-12-04T01:00:00Z","data":{"orderId":42},"dataVersion":"1.0","metadataVersion":"1"}""";
        var value = asText ? JsonSerializer.Serialize(Event) : Event;

        var (status, result) = await InvokeAsync("OnEvent", $$"""{ "Data": { "eventGridEvent": {{value}} }, "Metadata": {} }""", Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.OK, status);
        var line = Lines(result).Single();
        Assert.Equal("Orders.Created", line.GetProperty("EventType").GetString());
        Assert.Equal("orders/42", line.GetProperty("Subject").GetString());
        Assert.Equal("""{"orderId":42}""", line.GetProperty("Data").GetString());
    }

    [Fact]
    public async Task A_second_cookie_the_res_output_cannot_carry_is_a_coded_warning_not_a_silent_loss()
    {
        var (_, result) = await InvokeAsync("Cookies", HttpPayload("/api/cookies"), Guid.NewGuid().ToString());

        var res = result.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        // One value per header name, a string: the host writes each header value as its text.
        Assert.Equal("first=1; Path=/", res.GetProperty("headers").GetProperty("set-cookie").GetString());
        Assert.False(res.TryGetProperty("cookies", out _));
        Assert.Contains(Lines(result), l => l.GetProperty("level").GetString() == "Warning" && l.GetProperty("message").GetString()!.StartsWith("SLS6211", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_binary_body_the_res_output_cannot_carry_is_a_500_with_a_coded_error()
    {
        var (_, result) = await InvokeAsync("Image", HttpPayload("/api/image"), Guid.NewGuid().ToString());

        var res = result.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(500, res.GetProperty("statusCode").GetInt32());
        Assert.Equal("""{"message":"Internal Server Error"}""", res.GetProperty("body").GetString());
        Assert.Contains(Lines(result), l => l.GetProperty("level").GetString() == "Error" && l.GetProperty("message").GetString()!.StartsWith("SLS6212", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_base64_body_that_is_utf8_text_goes_as_that_text()
    {
        var (_, result) = await InvokeAsync("Greeting", HttpPayload("/api/greeting"), Guid.NewGuid().ToString());

        var res = result.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.Equal("héllo", res.GetProperty("body").GetString());
        Assert.Equal("text/plain; charset=utf-8", res.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Empty(Lines(result));
    }

    [Fact]
    public async Task Proxied_the_same_routes_keep_both_cookies_and_the_bytes()
    {
        using var cookies = await _handler.Client.GetAsync("api/cookies");
        using var image = await _handler.Client.GetAsync("api/image");

        Assert.Equal(["first=1; Path=/", "second=2; Path=/"], cookies.Headers.GetValues("Set-Cookie"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], await image.Content.ReadAsByteArrayAsync());
    }

    private static string HttpPayload(string path) => $$"""
        { "Data": { "req": { "Url": "http://localhost:7071{{path}}", "Method": "GET", "Query": {}, "Headers": {}, "Params": {}, "Body": null } }, "Metadata": {} }
        """;

    private static List<JsonElement> Lines(JsonElement result) =>
        [.. result.GetProperty("Logs").EnumerateArray().Select(l => JsonDocument.Parse(l.GetString()!).RootElement.Clone())];

    [Fact]
    public async Task A_post_to_an_unknown_function_is_not_an_invocation()
    {
        var (status, _) = await InvokeAsync("NoSuchFunction", """{"Data":{},"Metadata":{}}""", Guid.NewGuid().ToString(), parse: false);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private async Task<(HttpStatusCode Status, JsonElement Result)> InvokeAsync(string function, string payload, string invocationId, bool parse = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, function) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Azure-Functions-InvocationId", invocationId);
        request.Headers.Add("traceparent", TraceParent);
        using var response = await _handler.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, parse ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}

/// <summary>Process lifetime: SIGTERM drains requests in flight, a missing port is a coded exit.</summary>
public sealed class CustomHandlerLifetimeTests
{
    [Fact]
    public async Task Sigterm_lets_a_request_in_flight_finish_then_exits_zero()
    {
        using var handler = CustomHandlerProcess.Start();
        var slow = handler.Client.GetAsync("api/slow");
        await Task.Delay(400);

        handler.Terminate();

        using var response = await slow;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", await response.Content.ReadAsStringAsync());
        Assert.True(handler.WaitForExit(TimeSpan.FromSeconds(15)), "the handler did not exit after SIGTERM");
        Assert.Equal(0, handler.Process.ExitCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => handler.Client.GetAsync("api/items"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-port")]
    public void Without_a_port_the_handler_exits_2_with_a_critical_line(string port)
    {
        using var handler = CustomHandlerProcess.Start(port, waitUntilListening: false);

        Assert.True(handler.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, handler.Process.ExitCode);
        Assert.Contains(handler.LogLines, l => l.GetProperty("level").GetString() == "Critical");
    }
}
