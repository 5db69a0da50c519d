using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Emulator.Tests;

public sealed partial class RuntimeApiEmulatorTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly RuntimeApiEmulator _emulator = RuntimeApiEmulator.Start(new EmulatorOptions
    {
        FunctionName = "probe",
        Timeout = TimeSpan.FromSeconds(30),
        Region = "eu-west-1",
    });

    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = new HttpClient { BaseAddress = _emulator.BaseUri, Timeout = Wait };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public void Address_is_loopback_with_an_ephemeral_port()
    {
        Assert.Equal($"127.0.0.1:{_emulator.Port}", _emulator.Address);
        Assert.NotEqual(0, _emulator.Port);
        Assert.Equal(new Uri($"http://127.0.0.1:{_emulator.Port}/2018-06-01/"), _emulator.BaseUri);
    }

    [Fact]
    public async Task Next_long_polls_until_an_invocation_is_enqueued()
    {
        var next = _http.GetAsync("runtime/invocation/next");
        await Task.Delay(200);
        Assert.False(next.IsCompleted);
        Assert.NotNull(_emulator.FirstNextAt);

        var invocation = _emulator.Enqueue("""{"hello":"world"}""");
        using var response = await next.WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"hello":"world"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(invocation.DeliveredAt);
    }

    [Fact]
    public async Task Next_sends_well_formed_lambda_headers()
    {
        var invocation = _emulator.Enqueue("{}", new InvocationOptions { Timeout = TimeSpan.FromSeconds(7) });
        var nowMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        using var response = await _http.GetAsync("runtime/invocation/next");

        Assert.Equal(invocation.RequestId, Header(response, "Lambda-Runtime-Aws-Request-Id"));
        Assert.True(Guid.TryParse(invocation.RequestId, out _));
        var deadline = long.Parse(Header(response, "Lambda-Runtime-Deadline-Ms")!, CultureInfo.InvariantCulture);
        Assert.InRange(deadline - nowMs, 7000 - 1000, 7000 + 1000);
        Assert.Equal(invocation.Deadline?.ToUnixTimeMilliseconds(), deadline);
        Assert.Equal("arn:aws:lambda:eu-west-1:123456789012:function:probe", Header(response, "Lambda-Runtime-Invoked-Function-Arn"));
        var trace = TraceIdPattern().Match(Header(response, "Lambda-Runtime-Trace-Id") ?? "");
        Assert.True(trace.Success, Header(response, "Lambda-Runtime-Trace-Id"));
        var traceEpoch = long.Parse(trace.Groups["epoch"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Assert.InRange(traceEpoch, (nowMs / 1000) - 5, (nowMs / 1000) + 5);
        Assert.Null(Header(response, "Lambda-Runtime-Client-Context"));
        Assert.Null(Header(response, "Lambda-Runtime-Cognito-Identity"));
    }

    [Fact]
    public async Task Next_sends_the_invocation_overrides_when_set()
    {
        _emulator.Enqueue("{}", new InvocationOptions
        {
            RequestId = "req-1",
            TraceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            ClientContext = """{"custom":{"k":"v"}}""",
            CognitoIdentity = """{"cognitoIdentityId":"id","cognitoIdentityPoolId":"pool"}""",
        });

        using var response = await _http.GetAsync("runtime/invocation/next");

        Assert.Equal("req-1", Header(response, "Lambda-Runtime-Aws-Request-Id"));
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", Header(response, "Lambda-Runtime-Trace-Id"));
        Assert.Equal("""{"custom":{"k":"v"}}""", Header(response, "Lambda-Runtime-Client-Context"));
        Assert.Equal("""{"cognitoIdentityId":"id","cognitoIdentityPoolId":"pool"}""", Header(response, "Lambda-Runtime-Cognito-Identity"));
    }

    [Fact]
    public async Task Response_is_recorded_with_its_timestamps()
    {
        var invocation = _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");

        using var posted = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", Json("""{"ok":true}"""));
        var result = await invocation.Completion.WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("""{"status":"OK"}""", await posted.Content.ReadAsStringAsync());
        Assert.Equal(InvocationOutcome.Response, result.Outcome);
        Assert.Equal(invocation.RequestId, result.RequestId);
        Assert.Equal("""{"ok":true}""", result.BodyText);
        Assert.Null(result.ErrorType);
        Assert.Equal(invocation.DeliveredAt, result.DeliveredAt);
        Assert.True(result.CompletedAt > result.DeliveredAt);
        Assert.True(result.Duration > TimeSpan.Zero);
        Assert.Equal("application/json", result.Headers["content-type"]);
    }

    [Fact]
    public async Task Error_is_recorded_with_the_error_type_header()
    {
        var invocation = _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"runtime/invocation/{invocation.RequestId}/error")
        {
            Content = Json("""{"errorType":"InvalidOperationException","errorMessage":"boom","stackTrace":["at X"]}"""),
        };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", "Runtime.Unhandled");

        using var posted = await _http.SendAsync(request);
        var result = await invocation.Completion.WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(InvocationOutcome.Error, result.Outcome);
        Assert.Equal("Runtime.Unhandled", result.ErrorType);
        using var error = JsonDocument.Parse(result.Body);
        Assert.Equal("boom", error.RootElement.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task Init_error_is_recorded_and_ends_the_wait_for_init()
    {
        var init = _emulator.WaitForInitAsync(Wait);
        using var request = new HttpRequestMessage(HttpMethod.Post, "runtime/init/error")
        {
            Content = Json("""{"errorType":"ConfigError","errorMessage":"missing TABLE_NAME"}"""),
        };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", "Runtime.ConfigError");

        using var posted = await _http.SendAsync(request);
        var report = await init;

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.NotNull(report);
        Assert.Equal("Runtime.ConfigError", report.ErrorType);
        Assert.Contains("missing TABLE_NAME", report.BodyText, StringComparison.Ordinal);
        Assert.Same(report, _emulator.InitError);
    }

    [Fact]
    public async Task Wait_for_init_returns_null_once_the_function_asks_for_an_invocation()
    {
        var init = _emulator.WaitForInitAsync(Wait);
        var next = _http.GetAsync("runtime/invocation/next");

        Assert.Null(await init);
        Assert.False(next.IsCompleted);
        Assert.Null(_emulator.InitError);
    }

    [Fact]
    public async Task Wait_for_init_times_out_when_the_function_does_nothing()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _emulator.WaitForInitAsync(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task Init_error_after_the_first_next_is_refused_as_an_invalid_state_transition()
    {
        _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");

        using var posted = await _http.PostAsync("runtime/init/error", Json("{}"));

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal("InvalidStateTransition", await ErrorTypeOf(posted));
        Assert.Null(_emulator.InitError);
    }

    [Fact]
    public async Task Chunked_response_with_extensions_and_trailers_is_reassembled()
    {
        var invocation = _emulator.Enqueue("{}");
        await using var connection = await RawHttpConnection.OpenAsync(_emulator.Port);
        await connection.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.Equal(200, (await connection.ReadResponseAsync()).StatusCode);

        await connection.SendAsync(
            $"POST /2018-06-01/runtime/invocation/{invocation.RequestId}/response HTTP/1.1\r\nHost: x\r\n" +
            "Transfer-Encoding: chunked\r\nLambda-Runtime-Function-Response-Mode: streaming\r\n\r\n" +
            "5;name=value\r\nhello\r\n" + "7\r\n, world\r\n" + "0\r\n" +
            "Lambda-Runtime-Function-Error-Type: Runtime.StreamError\r\nLambda-Runtime-Function-Error-Body: Ym9vbQ==\r\n\r\n");
        var posted = await connection.ReadResponseAsync();
        var result = await invocation.Completion.WaitAsync(Wait);

        Assert.Equal(202, posted.StatusCode);
        Assert.Equal("hello, world", result.BodyText);
        Assert.Equal(12, result.BodyLength);
        Assert.Equal("Ym9vbQ==", result.Trailers["lambda-runtime-function-error-body"]);
        // A stream that ends with an error trailer is an error invocation, as on Lambda.
        Assert.Equal(InvocationOutcome.Error, result.Outcome);
        Assert.Equal("Runtime.StreamError", result.ErrorType);
    }

    [Fact]
    public async Task Chunked_response_from_http_client_without_a_length_is_accepted()
    {
        var invocation = _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");
        using var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes("""{"streamed":1}""")));

        using var posted = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", content);
        var result = await invocation.Completion.WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("chunked", result.Headers["Transfer-Encoding"]);
        Assert.Equal("""{"streamed":1}""", result.BodyText);
        Assert.Equal(InvocationOutcome.Response, result.Outcome);
    }

    [Fact]
    public async Task Response_of_exactly_6_MiB_is_accepted()
    {
        var invocation = _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");

        using var posted = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response",
            new ByteArrayContent(new byte[6 * 1024 * 1024]));
        var result = await invocation.Completion.WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(InvocationOutcome.Response, result.Outcome);
        Assert.Equal(6291456, result.Body.Length);
    }

    [Fact]
    public async Task Response_over_6_MiB_is_refused_with_413_and_recorded_as_too_large()
    {
        var invocation = _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");

        using var posted = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response",
            new ByteArrayContent(new byte[(6 * 1024 * 1024) + 1]));
        var result = await invocation.Completion.WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Equal("RequestEntityTooLarge", await ErrorTypeOf(posted));
        Assert.Equal(InvocationOutcome.ResponseTooLarge, result.Outcome);
        Assert.Equal(6291457, result.BodyLength);
        Assert.Equal("Function.ResponseSizeTooLarge", result.ErrorType);
        Assert.Contains("6291457 bytes", result.BodyText, StringComparison.Ordinal);
        Assert.Contains(_emulator.Requests, r => r.StatusCode == 413);
    }

    [Fact]
    public async Task Response_for_an_unknown_request_id_is_refused_with_400()
    {
        using var posted = await _http.PostAsync("runtime/invocation/no-such-id/response", Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("""{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}""", await posted.Content.ReadAsStringAsync());
        var rejected = await _emulator.FirstRejectedRequest.WaitAsync(Wait);
        Assert.Equal("/2018-06-01/runtime/invocation/no-such-id/response", rejected.Path);
    }

    [Fact]
    public async Task Response_for_an_invocation_not_yet_delivered_is_refused_with_400()
    {
        var invocation = _emulator.Enqueue("{}");

        using var posted = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("InvalidRequestID", await ErrorTypeOf(posted));
        Assert.False(invocation.Completion.IsCompleted);
    }

    [Fact]
    public async Task Second_post_for_the_same_invocation_is_refused_as_an_invalid_state_transition()
    {
        var invocation = _emulator.Enqueue("{}");
        using var next = await _http.GetAsync("runtime/invocation/next");
        using var first = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", Json("1"));

        using var second = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", Json("2"));
        using var error = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/error", Json("{}"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal("InvalidStateTransition", await ErrorTypeOf(second));
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("1", (await invocation.Completion).BodyText);
    }

    [Theory]
    [InlineData("GET", "/2018-06-01/runtime/invocation/abc", 404)]
    [InlineData("GET", "/2018-06-01/runtime/unknown", 404)]
    [InlineData("GET", "/2019-01-01/runtime/invocation/next", 404)]
    [InlineData("POST", "/2018-06-01/runtime/invocation/next", 405)]
    [InlineData("GET", "/2018-06-01/runtime/init/error", 405)]
    public async Task Unknown_paths_and_methods_are_refused(string method, string path, int expectedStatus)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(_emulator.BaseUri, path)));

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Contains(_emulator.Requests, r => r.Path == path && r.StatusCode == expectedStatus && r.IsRejected);
    }

    [Fact]
    public async Task Two_invocations_share_one_keep_alive_connection()
    {
        var first = _emulator.Enqueue("1");
        var second = _emulator.Enqueue("2");
        await using var connection = await RawHttpConnection.OpenAsync(_emulator.Port);

        foreach (var invocation in new[] { first, second })
        {
            await connection.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
            var next = await connection.ReadResponseAsync();
            Assert.Equal(invocation.RequestId, next.Headers["Lambda-Runtime-Aws-Request-Id"]);
            var body = $"\"{next.Body}\"";
            await connection.SendAsync(
                $"POST /2018-06-01/runtime/invocation/{invocation.RequestId}/response HTTP/1.1\r\nHost: x\r\nContent-Length: {body.Length}\r\n\r\n{body}");
            Assert.Equal(202, (await connection.ReadResponseAsync()).StatusCode);
        }

        Assert.Equal("\"1\"", (await first.Completion.WaitAsync(Wait)).BodyText);
        Assert.Equal("\"2\"", (await second.Completion.WaitAsync(Wait)).BodyText);
    }

    [Fact]
    public async Task Expect_100_continue_is_answered_before_the_body()
    {
        var invocation = _emulator.Enqueue("{}");
        await using var connection = await RawHttpConnection.OpenAsync(_emulator.Port);
        await connection.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
        await connection.ReadResponseAsync();

        await connection.SendAsync($"POST /2018-06-01/runtime/invocation/{invocation.RequestId}/response HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        var interim = await connection.ReadResponseAsync();
        await connection.SendAsync("{}");
        var final = await connection.ReadResponseAsync();

        Assert.Equal(100, interim.StatusCode);
        Assert.Equal(202, final.StatusCode);
        Assert.Equal("{}", (await invocation.Completion.WaitAsync(Wait)).BodyText);
    }

    [Fact]
    public async Task Connection_close_is_honoured()
    {
        _emulator.Enqueue("{}");
        await using var connection = await RawHttpConnection.OpenAsync(_emulator.Port);

        await connection.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("close", response.Headers["Connection"]);
        Assert.True(await connection.IsClosedByServerAsync().WaitAsync(Wait));
    }

    [Fact]
    public async Task Malformed_request_gets_400_and_the_connection_is_closed()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_emulator.Port);

        await connection.SendAsync("NONSENSE\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal(400, response.StatusCode);
        Assert.True(await connection.IsClosedByServerAsync().WaitAsync(Wait));
    }

    [Fact]
    public async Task Injected_fault_answers_next_with_the_given_status_then_recovers()
    {
        var invocation = _emulator.Enqueue("{}");
        _emulator.FailNextRequests(500, count: 2);

        using var firstFault = await _http.GetAsync("runtime/invocation/next");
        using var secondFault = await _http.GetAsync("runtime/invocation/next");
        using var delivered = await _http.GetAsync("runtime/invocation/next");

        Assert.Equal(HttpStatusCode.InternalServerError, firstFault.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, secondFault.StatusCode);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(invocation.RequestId, Header(delivered, "Lambda-Runtime-Aws-Request-Id"));
        Assert.Equal(2, _emulator.Requests.Count(r => r.IsInjectedFault && r.StatusCode == 500));
        Assert.False(_emulator.FirstRejectedRequest.IsCompleted);
    }

    [Fact]
    public async Task Injected_post_fault_answers_a_response_with_the_given_status_and_leaves_the_invocation_unanswered()
    {
        var invocation = _emulator.Enqueue("{}");
        using var delivered = await _http.GetAsync("runtime/invocation/next");
        _emulator.FailInvocationPosts(500, count: 1);

        using var fault = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", new StringContent("{}"));
        using var accepted = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/response", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, fault.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(1, _emulator.Requests.Count(r => r.IsInjectedFault && r.StatusCode == 500));
        Assert.Equal(InvocationOutcome.Response, (await invocation.Completion.WaitAsync(Wait)).Outcome);
    }

    [Fact]
    public async Task A_cut_off_invocation_ends_its_connection_and_stays_delivered_for_its_error()
    {
        var invocation = _emulator.Enqueue("""{"data":"0123456789"}""");
        _emulator.CutNextInvocations();
        await using var connection = await RawHttpConnection.OpenAsync(_emulator.Port);

        await connection.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
        // What arrived is read a byte at a time up to the server's close.
        await Task.Run(async () =>
        {
            while (!await connection.IsClosedByServerAsync())
            {
            }
        }).WaitAsync(Wait);

        using var error = await _http.PostAsync($"runtime/invocation/{invocation.RequestId}/error", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Accepted, error.StatusCode);
        Assert.Equal(InvocationOutcome.Error, (await invocation.Completion.WaitAsync(Wait)).Outcome);
    }

    [Fact]
    public async Task Injected_fault_lasts_until_cleared()
    {
        _emulator.FailNextRequests(503);
        for (var i = 0; i < 3; i++)
        {
            using var fault = await _http.GetAsync("runtime/invocation/next");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, fault.StatusCode);
        }

        _emulator.ClearFaults();
        var invocation = _emulator.Enqueue("{}");
        using var delivered = await _http.GetAsync("runtime/invocation/next");

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(invocation.RequestId, Header(delivered, "Lambda-Runtime-Aws-Request-Id"));
    }

    [Fact]
    public async Task Stopped_emulator_refuses_connections_and_drops_parked_long_polls()
    {
        var parked = _http.GetAsync("runtime/invocation/next");
        await _emulator.FirstNextRequest.WaitAsync(Wait);

        _emulator.Stop();

        await Assert.ThrowsAsync<HttpRequestException>(() => parked.WaitAsync(Wait));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync("runtime/invocation/next"));
        Assert.Equal(SocketError.ConnectionRefused, (refused.InnerException as SocketException)?.SocketErrorCode);
        Assert.False(_emulator.IsListening);
    }

    [Fact]
    public async Task Resumed_emulator_serves_again_on_the_same_port()
    {
        var invocation = _emulator.Enqueue("{}");
        _emulator.Stop();
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync("runtime/invocation/next"));

        _emulator.Resume();
        using var delivered = await _http.GetAsync("runtime/invocation/next");

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(invocation.RequestId, Header(delivered, "Lambda-Runtime-Aws-Request-Id"));
    }

    [Fact]
    public async Task Long_poll_abandoned_by_its_client_does_not_swallow_the_next_invocation()
    {
        await using (var abandoned = await RawHttpConnection.OpenAsync(_emulator.Port))
        {
            await abandoned.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
            await Eventually(() => _emulator.ParkedLongPolls == 1);
        }

        await Eventually(() => _emulator.ParkedLongPolls == 0); // the emulator noticed the hang-up
        var invocation = _emulator.Enqueue("{}");
        using var delivered = await _http.GetAsync("runtime/invocation/next");

        Assert.Equal(invocation.RequestId, Header(delivered, "Lambda-Runtime-Aws-Request-Id"));
    }

    [Fact]
    public async Task Invocations_are_delivered_in_order()
    {
        var invocations = Enumerable.Range(0, 5).Select(i => _emulator.Enqueue(i.ToString(CultureInfo.InvariantCulture))).ToList();

        foreach (var invocation in invocations)
        {
            using var next = await _http.GetAsync("runtime/invocation/next");
            Assert.Equal(invocation.RequestId, Header(next, "Lambda-Runtime-Aws-Request-Id"));
        }
    }

    [Fact]
    public void Duplicate_request_id_is_rejected()
    {
        _emulator.Enqueue("{}", new InvocationOptions { RequestId = "same" });

        Assert.Throws<ArgumentException>(() => _emulator.Enqueue("{}", new InvocationOptions { RequestId = "same" }));
    }

    [Fact]
    public async Task Disposing_cancels_every_pending_wait()
    {
        var invocation = _emulator.Enqueue("{}");

        await _emulator.DisposeAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => invocation.Completion.WaitAsync(Wait));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _emulator.InitErrorReported.WaitAsync(Wait));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _emulator.FirstNextRequest.WaitAsync(Wait));
        Assert.Throws<ObjectDisposedException>(() => _emulator.Enqueue("{}"));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(5);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<string?> ErrorTypeOf(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errorType").GetString();
    }

    [GeneratedRegex("^Root=1-(?<epoch>[0-9a-f]{8})-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=[01]$")]
    private static partial Regex TraceIdPattern();

    /// <summary>Hides the length, so HttpClient falls back to chunked transfer encoding.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
