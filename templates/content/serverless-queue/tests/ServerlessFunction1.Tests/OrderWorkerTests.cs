using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1.Tests;

#if (azure)
public sealed class OrderWorkerTests
{
    private readonly RecordingProcessor _processor = new();
    private readonly TestLambdaContext _context = new();

    [Fact]
    public async Task A_valid_order_is_processed()
    {
        await new OrderWorker(_processor).Handle(Message("""{"orderId":"o-1","customerId":"c-1","total":10}"""), _context);

        Assert.Equal("o-1", Assert.Single(_processor.Processed).OrderId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"orderId":"o-2","total":10}""")]
    [InlineData("""{"orderId":"o-2","customerId":"c-1","total":0}""")]
    public async Task A_bad_message_throws_so_the_host_retries_it_then_moves_it_to_the_poison_queue(string badBody)
    {
        await Assert.ThrowsAsync<InvalidOrderException>(() => new OrderWorker(_processor).Handle(Message(badBody), _context));

        Assert.Empty(_processor.Processed);
    }

    [Fact]
    public async Task A_processor_failure_returns_the_message_to_the_queue()
    {
        _processor.FailWith = new TimeoutException("downstream timed out");

        await Assert.ThrowsAsync<TimeoutException>(() => new OrderWorker(_processor).Handle(Message("""{"orderId":"o-1","customerId":"c-1","total":10}"""), _context));
    }

    private static StorageQueueMessage Message(string body) => new() { Id = "m-0", Body = body, DequeueCount = 1 };

#else
public sealed class OrderWorkerTests
{
    private readonly RecordingProcessor _processor = new();
    private readonly TestLambdaContext _context = new();

    [Fact]
    public async Task Valid_orders_are_processed_and_none_reported_failed()
    {
        var response = await new OrderWorker(_processor).Handle(Batch("""{"orderId":"o-1","customerId":"c-1","total":10}"""), _context);

        Assert.Empty(response.BatchItemFailures);
        Assert.Equal("o-1", Assert.Single(_processor.Processed).OrderId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"orderId":"o-2","total":10}""")]
    [InlineData("""{"orderId":"o-2","customerId":"c-1","total":0}""")]
    public async Task Only_the_bad_message_is_reported_failed(string badBody)
    {
        var response = await new OrderWorker(_processor).Handle(Batch("""{"orderId":"o-1","customerId":"c-1","total":10}""", badBody), _context);

        Assert.Equal("m-1", Assert.Single(response.BatchItemFailures).ItemIdentifier);
        Assert.Single(_processor.Processed);
    }

    [Fact]
    public async Task A_processor_failure_returns_the_message_to_the_queue()
    {
        _processor.FailWith = new TimeoutException("downstream timed out");

        var response = await new OrderWorker(_processor).Handle(Batch("""{"orderId":"o-1","customerId":"c-1","total":10}"""), _context);

        Assert.Equal("m-0", Assert.Single(response.BatchItemFailures).ItemIdentifier);
    }

    private static SqsEvent Batch(params string[] bodies) => new()
    {
        Records = [.. bodies.Select((body, i) => new SqsMessage { MessageId = $"m-{i}", Body = body, EventSource = "aws:sqs" })],
    };

#endif
    private sealed class RecordingProcessor : IOrderProcessor
    {
        public List<Order> Processed { get; } = [];

        public Exception? FailWith { get; set; }

        public ValueTask ProcessAsync(Order order, ILambdaContext context)
        {
            if (FailWith is not null)
            {
                throw FailWith;
            }

            Processed.Add(order);
            return ValueTask.CompletedTask;
        }
    }
}
