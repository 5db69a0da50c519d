using System.Text.Json;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>Every runtime path, driven through the emulator against the Native AOT test function.</summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class TestFunctionTests(PublishedFunctions functions)
{
    private RunningFunction Start(IDictionary<string, string>? environment = null, EmulatorOptions? options = null, Action<RuntimeApiEmulator>? beforeStart = null) =>
        RunningFunction.Start(FunctionCommand.Executable(functions.TestFunction.Bootstrap), environment, options, beforeStart);

    [Fact]
    public async Task The_context_carries_the_invocation_headers()
    {
        await using var function = Start();
        var invocation = function.Emulator.Enqueue("""{"action":"echo","message":"hi"}""");

        var result = await invocation.Completion.WaitAsync(RunningFunction.Wait);

        var reply = JsonDocument.Parse(result.Body).RootElement;
        Assert.Equal("hi", reply.GetProperty("message").GetString());
        Assert.Equal(invocation.RequestId, reply.GetProperty("requestId").GetString());
        Assert.Equal(function.Emulator.Options.FunctionArn ?? reply.GetProperty("functionArn").GetString(), reply.GetProperty("functionArn").GetString());
        Assert.EndsWith(":function:e2e", reply.GetProperty("functionArn").GetString(), StringComparison.Ordinal);
        Assert.Equal(invocation.TraceId, reply.GetProperty("traceId").GetString());
        Assert.InRange(reply.GetProperty("remainingMs").GetInt64(), 1_000, 30_000);
    }

    [Fact]
    public async Task The_trace_header_is_exported_to_the_environment_for_each_invocation()
    {
        await using var function = Start();

        var first = await function.InvokeJsonAsync("""{"action":"echo"}""", new InvocationOptions { TraceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1" });
        var second = await function.InvokeJsonAsync("""{"action":"echo"}""", new InvocationOptions { TraceId = "Root=1-6759e988-bd862e3fe1be46a994272793;Parent=63995c3f42cd8ad8;Sampled=0" });

        Assert.StartsWith("Root=1-5759e988", first.GetProperty("traceEnvironment").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Root=1-6759e988", second.GetProperty("traceEnvironment").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_first_invocation_is_a_cold_start()
    {
        await using var function = Start();

        var first = await function.InvokeJsonAsync("""{"action":"echo"}""");
        var second = await function.InvokeJsonAsync("""{"action":"echo"}""");

        Assert.True(first.GetProperty("coldStart").GetBoolean());
        Assert.False(second.GetProperty("coldStart").GetBoolean());
    }

    [Fact]
    public async Task A_handler_exception_becomes_an_invocation_error_and_the_loop_goes_on()
    {
        await using var function = Start();

        var failed = await function.InvokeAsync("""{"action":"throw","message":"out of stock"}""");
        var next = await function.InvokeJsonAsync("""{"action":"echo","message":"still here"}""");

        Assert.Equal(InvocationOutcome.Error, failed.Outcome);
        Assert.Equal("System.InvalidOperationException", failed.ErrorType);
        var error = JsonDocument.Parse(failed.Body).RootElement;
        Assert.Equal("System.InvalidOperationException", error.GetProperty("errorType").GetString());
        Assert.Equal("out of stock", error.GetProperty("errorMessage").GetString());
        Assert.NotEqual(0, error.GetProperty("stackTrace").GetArrayLength());
        Assert.Equal("still here", next.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_handler_exception_is_logged_as_an_error_line()
    {
        await using var function = Start();

        var failed = await function.InvokeAsync("""{"action":"throw","message":"out of stock"}""");

        var line = function.JsonLines().Single(l => l.TryGetProperty("level", out var level) && level.GetString() == "Error");
        Assert.Equal(failed.RequestId, line.GetProperty("function_request_id").GetString());
        Assert.Equal("System.InvalidOperationException", line.GetProperty("exception").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("""{"action":42}""")]
    public async Task A_malformed_event_is_reported_as_such_and_the_loop_goes_on(string payload)
    {
        await using var function = Start();

        var failed = await function.InvokeAsync(payload);
        var next = await function.InvokeJsonAsync("""{"action":"echo","message":"after"}""");

        Assert.Equal(InvocationOutcome.Error, failed.Outcome);
        Assert.Equal("Runtime.MalformedEvent", JsonDocument.Parse(failed.Body).RootElement.GetProperty("errorType").GetString());
        Assert.Equal("after", next.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_response_over_6_mb_becomes_a_response_size_error_and_the_loop_goes_on()
    {
        await using var function = Start();

        var failed = await function.InvokeAsync("""{"action":"big","size":7000000}""");
        var next = await function.InvokeJsonAsync("""{"action":"echo","message":"after"}""");

        Assert.Equal(InvocationOutcome.Error, failed.Outcome);
        Assert.Equal("Function.ResponseSizeTooLarge", JsonDocument.Parse(failed.Body).RootElement.GetProperty("errorType").GetString());
        Assert.Equal("after", next.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_response_just_under_6_mb_is_delivered()
    {
        await using var function = Start();

        var result = await function.InvokeAsync("""{"action":"big","size":6000000}""");

        Assert.Equal(InvocationOutcome.Response, result.Outcome);
        Assert.True(result.BodyLength > 6_000_000);
    }

    [Fact]
    public async Task The_cancellation_token_fires_before_the_deadline()
    {
        await using var function = Start();

        var reply = await function.InvokeJsonAsync("""{"action":"wait-for-cancel"}""", new InvocationOptions { Timeout = TimeSpan.FromSeconds(2) });

        Assert.Equal("cancelled", reply.GetProperty("message").GetString());
        // The default margin is 500 ms: the handler wakes with about that much time left.
        Assert.InRange(reply.GetProperty("remainingMs").GetInt64(), 1, 1_000);
    }

    [Fact]
    public async Task An_init_exception_is_reported_to_the_init_endpoint_and_the_process_exits()
    {
        await using var function = Start(new Dictionary<string, string> { ["TEST_FAIL_INIT"] = "1" });

        var initError = await function.Emulator.InitErrorReported.WaitAsync(RunningFunction.Wait);
        var exitCode = await function.ExitCodeAsync();

        var error = JsonDocument.Parse(initError.Body).RootElement;
        Assert.Equal("System.InvalidOperationException", error.GetProperty("errorType").GetString());
        Assert.Equal("init failed on purpose", error.GetProperty("errorMessage").GetString());
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Sigterm_flushes_logs_and_exits_zero()
    {
        await using var function = Start();
        await function.InvokeJsonAsync("""{"action":"echo"}""");

        Assert.True(function.Process.SignalTerminate());
        var exitCode = await function.ExitCodeAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains(function.JsonLines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.Contains("SIGTERM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_runtime_api_answering_5xx_makes_the_process_log_and_exit_non_zero()
    {
        await using var function = Start(beforeStart: emulator => emulator.FailNextRequests(500));

        var exitCode = await function.ExitCodeAsync();

        Assert.Equal(2, exitCode);
        var fatal = function.JsonLines().Single(l => l.TryGetProperty("level", out var level) && level.GetString() == "Critical");
        Assert.Contains("500", fatal.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_runtime_api_makes_the_process_log_and_exit_non_zero()
    {
        await using var function = Start(beforeStart: emulator => emulator.Stop());

        var exitCode = await function.ExitCodeAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains(function.JsonLines(), l => l.TryGetProperty("level", out var level) && level.GetString() == "Critical");
    }

    [Fact]
    public async Task Handler_logs_are_json_lines_with_the_invocation_fields()
    {
        await using var function = Start(new Dictionary<string, string> { ["POWERTOOLS_SERVICE_NAME"] = "tests" });

        var result = await function.InvokeAsync("""{"action":"log","message":"detail-42"}""");

        var line = function.JsonLines().Single(l => l.TryGetProperty("Detail", out _));
        Assert.Equal("Logged detail-42 from the handler", line.GetProperty("message").GetString());
        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal(result.RequestId, line.GetProperty("function_request_id").GetString());
        Assert.True(line.GetProperty("cold_start").GetBoolean());
        Assert.Equal("tests", line.GetProperty("service").GetString());
        Assert.Equal("e2e", line.GetProperty("function_name").GetString());
        Assert.StartsWith("Root=1-", line.GetProperty("xray_trace_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_level_comes_from_aws_lambda_log_level()
    {
        await using var function = Start(new Dictionary<string, string> { ["AWS_LAMBDA_LOG_LEVEL"] = "WARN" });

        await function.InvokeAsync("""{"action":"log","message":"quiet"}""");

        Assert.DoesNotContain(function.JsonLines(), l => l.TryGetProperty("Detail", out _));
    }

    [Fact]
    public async Task A_cold_start_metric_is_written_once_and_handler_metrics_after_each_invocation()
    {
        await using var function = Start(new Dictionary<string, string> { ["POWERTOOLS_METRICS_NAMESPACE"] = "E2E" });

        await function.InvokeAsync("""{"action":"metric","size":3}""");
        await function.InvokeAsync("""{"action":"metric","size":4}""");

        var documents = function.JsonLines().Where(l => l.TryGetProperty("_aws", out _)).ToList();
        var coldStart = Assert.Single(documents, d => d.TryGetProperty("ColdStart", out _));
        Assert.Equal("E2E", coldStart.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString());
        Assert.Equal("e2e", coldStart.GetProperty("function_name").GetString());
        var widgets = documents.Where(d => d.TryGetProperty("Widgets", out _)).Select(d => d.GetProperty("Widgets").GetDouble());
        Assert.Equal([3.0, 4.0], widgets);
    }

    [Fact]
    public async Task The_jit_build_runs_under_dotnet_as_the_build_probe_will()
    {
        await using var function = RunningFunction.Start(FunctionCommand.DotnetDll(functions.TestFunctionDll));

        var reply = await function.InvokeJsonAsync("""{"action":"echo","message":"jit"}""");

        Assert.Equal("jit", reply.GetProperty("message").GetString());
    }

    [Fact]
    public void Publishing_reports_no_trim_or_aot_warnings()
    {
        Assert.DoesNotMatch(@"warning IL\d{4}", functions.TestFunction.PublishLog);
        Assert.DoesNotMatch(@"warning IL\d{4}", functions.HelloApi.PublishLog);
    }
}
