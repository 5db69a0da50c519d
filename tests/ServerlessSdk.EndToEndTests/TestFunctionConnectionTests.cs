using System.Text;
using System.Text.Json;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>The Native AOT test function against event bodies and Runtime API connections as local tools produce them.</summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class TestFunctionConnectionTests(PublishedFunctions functions)
{
    private RunningFunction Start() => RunningFunction.Start(FunctionCommand.Executable(functions.TestFunction.Bootstrap));

    [Fact]
    public async Task An_event_that_starts_with_a_byte_order_mark_is_handled()
    {
        await using var function = Start();
        var @event = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"action":"echo","message":"bom"}""")).ToArray();

        var result = await function.Emulator.Enqueue(@event).Completion.WaitAsync(RunningFunction.Wait);

        Assert.Equal(InvocationOutcome.Response, result.Outcome);
        Assert.Equal("bom", JsonDocument.Parse(result.Body).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_response_is_posted_once_on_a_new_connection_when_the_runtime_api_dropped_the_old_one_meanwhile()
    {
        await using var function = Start();
        await function.InvokeJsonAsync("""{"action":"echo"}""");
        var invocation = function.Emulator.Enqueue("""{"action":"sleep","size":1500}""");
        Assert.True(SpinWait.SpinUntil(() => invocation.DeliveredAt is not null, RunningFunction.Wait));

        // Fault injection: every connection drops while the handler works; the listener comes back at once.
        function.Emulator.Stop();
        function.Emulator.Resume();
        var result = await invocation.Completion.WaitAsync(RunningFunction.Wait);
        var next = await function.InvokeJsonAsync("""{"action":"echo","message":"still here"}""");

        Assert.Equal(InvocationOutcome.Response, result.Outcome);
        Assert.Single(function.Emulator.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/{invocation.RequestId}/response", StringComparison.Ordinal));
        Assert.DoesNotContain(function.Emulator.Requests, r => r.IsRejected);
        Assert.Equal("still here", next.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_runtime_api_answering_500_to_a_response_makes_the_process_exit_promptly()
    {
        await using var function = Start();
        function.Emulator.FailInvocationPosts(500);

        _ = function.Emulator.Enqueue("""{"action":"echo"}""");
        var exitCode = await function.ExitCodeAsync();

        Assert.Equal(2, exitCode);
        Assert.Single(function.Emulator.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task A_client_context_over_the_header_limit_fails_its_invocation_and_the_function_serves_the_next()
    {
        await using var function = Start();
        var oversized = new InvocationOptions { ClientContext = $$$"""{"custom":{"blob":"{{{new string('c', 131 * 1024)}}}"}}""" };

        var refused = await function.InvokeAsync("""{"action":"echo"}""", oversized);
        var next = await function.InvokeJsonAsync("""{"action":"echo","message":"still here"}""");

        Assert.Equal(InvocationOutcome.Error, refused.Outcome);
        Assert.Equal("Runtime.MalformedEvent", refused.ErrorType);
        Assert.Equal("still here", next.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_client_context_as_large_as_lambda_sends_reaches_the_handler()
    {
        await using var function = Start();
        var clientContext = $$$"""{"custom":{"blob":"{{{new string('c', 3_550)}}}"}}""";

        var reply = await function.InvokeJsonAsync("""{"action":"echo"}""", new InvocationOptions { ClientContext = clientContext });

        Assert.Equal(clientContext.Length, reply.GetProperty("clientContextLength").GetInt32());
    }

    [Fact]
    public async Task An_invocation_cut_off_mid_event_fails_fast_as_malformed_and_the_function_serves_the_next()
    {
        await using var function = Start();
        await function.InvokeJsonAsync("""{"action":"echo"}""");
        function.Emulator.CutNextInvocations();

        var cut = await function.InvokeAsync("""{"action":"echo","message":"cut off mid-event"}""");
        var next = await function.InvokeJsonAsync("""{"action":"echo","message":"still here"}""");

        Assert.Equal(InvocationOutcome.Error, cut.Outcome);
        Assert.Equal("Runtime.MalformedEvent", cut.ErrorType);
        Assert.Contains(function.JsonLines(), l => l.TryGetProperty("level", out var level) && level.GetString() == "Error"
            && l.GetProperty("function_request_id").GetString() == cut.RequestId);
        Assert.Equal("still here", next.GetProperty("message").GetString());
    }
}
