using System.Text.Json;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1.Tests;

public sealed class OrderPlacedConsumerTests
{
    private readonly RecordingNotifier _notifier = new();
    private readonly TestLambdaContext _context = new();

    [Fact]
    public async Task An_order_placed_event_notifies_the_customer()
    {
        await new OrderPlacedConsumer(_notifier).Handle(Event(new OrderPlaced("o-1", "ada@example.com", 25.5m, "EUR")), _context);

        Assert.Equal("o-1", Assert.Single(_notifier.Notified).OrderId);
    }

    [Fact]
    public async Task An_event_without_usable_detail_is_skipped_not_retried()
    {
        await new OrderPlacedConsumer(_notifier).Handle(Event(null), _context);

        Assert.Empty(_notifier.Notified);
    }

    [Fact]
    public void The_sample_event_parses_into_the_typed_detail()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "events", "order-placed.json"));

        var parsed = JsonSerializer.Deserialize(json, TestJson.Default.EventBridgeEventOrderPlaced);

        Assert.Equal("OrderPlaced", parsed!.DetailType);
        Assert.Equal("o-1001", parsed.Detail!.OrderId);
    }

    private static EventBridgeEvent<OrderPlaced> Event(OrderPlaced? detail) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Source = "com.example.orders",
        DetailType = "OrderPlaced",
        Detail = detail,
    };

    private sealed class RecordingNotifier : IOrderNotifier
    {
        public List<OrderPlaced> Notified { get; } = [];

        public ValueTask NotifyAsync(OrderPlaced order, ILambdaContext context)
        {
            Notified.Add(order);
            return ValueTask.CompletedTask;
        }
    }
}
