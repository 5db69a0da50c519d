using System.Text;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Tests.Events;
using ServerlessSdk.Runtime.Tests.RuntimeApi;

namespace ServerlessSdk.Runtime.Tests.Hosting;

[Collection(InvocationLoopCollection.Name)]
public sealed class ByteOrderMarkTests : IDisposable
{
    private const string Bom = "\uFEFF";
    private readonly CannedRuntimeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_typed_event_that_starts_with_a_byte_order_mark_reaches_the_handler()
    {
        _api.Then(CannedRuntimeApi.Next("a", Bom + Payloads.Read("sqs.json"))).Then(CannedRuntimeApi.Accepted);
        string? firstId = null;
        var handler = new TypedInvocationHandler<SqsEvent, SqsBatchResponse>(
            (@event, _) =>
            {
                firstId = @event.Records[0].MessageId;
                return ValueTask.FromResult(new SqsBatchResponse());
            },
            SqsJsonContext.Default.SqsEvent,
            SqsJsonContext.Default.SqsBatchResponse);

        await LoopHarness.RunAsync(_api, handler);

        Assert.NotNull(firstId);
        Assert.Single(_api.Requests, r => r.StartsWith("POST /2018-06-01/runtime/invocation/a/response ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_raw_handler_gets_the_event_without_its_byte_order_mark()
    {
        _api.Then(CannedRuntimeApi.Next("a", Bom + "{\"k\":1}")).Then(CannedRuntimeApi.Accepted);
        byte[]? received = null;
        var handler = new RawInvocationHandler((payload, _) =>
        {
            received = payload.ToArray();
            return ValueTask.FromResult<ReadOnlyMemory<byte>>("{}"u8.ToArray());
        });

        await LoopHarness.RunAsync(_api, handler);

        Assert.Equal("{\"k\":1}", Encoding.UTF8.GetString(received!));
    }

    [Fact]
    public void A_payload_without_a_byte_order_mark_is_the_same_memory()
    {
        ReadOnlyMemory<byte> payload = "{\"k\":1}"u8.ToArray();

        var read = EventPayload.WithoutByteOrderMark(payload);

        Assert.True(read.Equals(payload));
    }

    [Fact]
    public void Only_a_leading_byte_order_mark_is_skipped()
    {
        ReadOnlyMemory<byte> payload = Encoding.UTF8.GetBytes("\"" + Bom + "\"");

        var read = EventPayload.WithoutByteOrderMark(payload);

        Assert.Equal(payload.Length, read.Length);
    }
}
