using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Tests.Events;
using ServerlessSdk.Runtime.Tests.RuntimeApi;

namespace ServerlessSdk.Runtime.Tests.Hosting;

[Collection(InvocationLoopCollection.Name)]
public sealed class InvocationLoopTests : IDisposable
{
    private readonly CannedRuntimeApi _api = new();
    private int _handled;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_response_the_runtime_api_never_acknowledged_is_not_posted_again_and_the_loop_goes_on()
    {
        _api.Then(CannedRuntimeApi.Next("a", Payloads.Read("sqs.json"))).ThenDrop()
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        var exitCode = await LoopHarness.RunAsync(_api, SqsHandler());

        Assert.Equal(2, _handled);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/a/response "));
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/b/response "));
        Assert.Equal(ExitCodes.RuntimeApiFailure, exitCode); // only once the script has run out
    }

    [Fact]
    public async Task An_error_the_runtime_api_never_acknowledged_is_not_posted_again()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{\"Records\":null}")).ThenDrop()
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        await LoopHarness.RunAsync(_api, SqsHandler());

        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/a/error "));
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/b/response "));
    }

    [Theory]
    [InlineData("{\"Records\":null}")]
    [InlineData("{\"Records\":[null]}")]
    [InlineData("{\"Records\":[{\"receiptHandle\":\"r\",\"body\":\"b\",\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn\",\"awsRegion\":\"us-east-1\"}]}")]
    public async Task A_broken_sqs_event_is_a_malformed_event_the_handler_never_sees_and_the_loop_goes_on(string broken)
    {
        _api.Then(CannedRuntimeApi.Next("a", broken)).Then(CannedRuntimeApi.Accepted)
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        await LoopHarness.RunAsync(_api, SqsHandler());

        var error = Assert.Single(_api.Requests, r => r.StartsWith("POST /2018-06-01/runtime/invocation/a/error ", StringComparison.Ordinal));
        Assert.Contains($"Lambda-Runtime-Function-Error-Type: {ErrorTypes.MalformedEvent}\r\n", error, StringComparison.Ordinal);
        Assert.Equal(1, _handled);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/b/response "));
    }

    [Fact]
    public async Task An_invocation_cut_off_mid_body_is_failed_as_a_malformed_event_and_the_loop_goes_on()
    {
        _api.Then(CannedRuntimeApi.CutOffNext("a", Payloads.Read("sqs.json")), closeAfter: true).Then(CannedRuntimeApi.Accepted)
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        await LoopHarness.RunAsync(_api, SqsHandler());

        var error = Assert.Single(_api.Requests, r => r.StartsWith("POST /2018-06-01/runtime/invocation/a/error ", StringComparison.Ordinal));
        Assert.Contains($"Lambda-Runtime-Function-Error-Type: {ErrorTypes.MalformedEvent}\r\n", error, StringComparison.Ordinal);
        Assert.Equal(1, _handled);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/b/response "));
    }

    [Fact]
    public async Task An_oversized_client_context_fails_its_invocation_as_malformed_and_the_loop_goes_on()
    {
        var clientContext = $"Lambda-Runtime-Client-Context: {{\"custom\":\"{new string('c', 131 * 1024)}\"}}\r\n";
        _api.Then(CannedRuntimeApi.Next("a", Payloads.Read("sqs.json"), clientContext)).Then(CannedRuntimeApi.Accepted)
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        await LoopHarness.RunAsync(_api, SqsHandler());

        var error = Assert.Single(_api.Requests, r => r.StartsWith("POST /2018-06-01/runtime/invocation/a/error ", StringComparison.Ordinal));
        Assert.Contains($"Lambda-Runtime-Function-Error-Type: {ErrorTypes.MalformedEvent}\r\n", error, StringComparison.Ordinal);
        Assert.Equal(1, _handled);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/b/response "));
    }

    [Fact]
    public async Task A_server_error_on_a_response_ends_the_process_with_the_runtime_api_failure_code()
    {
        _api.Then(CannedRuntimeApi.Next("a", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.ServerError)
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        var exitCode = await LoopHarness.RunAsync(_api, SqsHandler());

        Assert.Equal(ExitCodes.RuntimeApiFailure, exitCode);
        Assert.Equal(1, _api.Count("GET "));
        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task A_server_error_on_an_invocation_error_ends_the_process_with_the_runtime_api_failure_code()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{\"Records\":null}")).Then(CannedRuntimeApi.ServerError)
            .Then(CannedRuntimeApi.Next("b", Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);

        var exitCode = await LoopHarness.RunAsync(_api, SqsHandler());

        Assert.Equal(ExitCodes.RuntimeApiFailure, exitCode);
        Assert.Equal(1, _api.Count("GET "));
        Assert.Equal(0, _handled);
    }

    private TypedInvocationHandler<SqsEvent, SqsBatchResponse> SqsHandler() => new(
        (@event, _) =>
        {
            // What a handler does with a batch: it must never meet a null here.
            var response = new SqsBatchResponse();
            foreach (var message in @event.Records)
            {
                if (message.MessageId.Length == 0)
                {
                    response.AddFailure(message);
                }
            }

            Interlocked.Increment(ref _handled);
            return ValueTask.FromResult(response);
        },
        SqsJsonContext.Default.SqsEvent,
        SqsJsonContext.Default.SqsBatchResponse);
}
