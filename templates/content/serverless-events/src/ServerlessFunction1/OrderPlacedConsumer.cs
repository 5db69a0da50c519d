using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

namespace ServerlessFunction1;

/// <summary>
/// <c>OrderPlaced</c> events from <c>com.example.orders</c> on the default bus; the rule's pattern is matched by
/// EventBridge, so only those reach the function. See README.md for publishing one.
/// </summary>
public sealed class OrderPlacedConsumer(IOrderNotifier notifier)
{
    /// <summary>What Lambda uses. Swap in your own <see cref="IOrderNotifier"/> here.</summary>
    public OrderPlacedConsumer()
        : this(new LoggingOrderNotifier())
    {
    }

    [LambdaFunction(Name = "OrderPlacedConsumer")]
    [EventBridgeRule("""{"source":["com.example.orders"],"detail-type":["OrderPlaced"]}""")]
    public async Task Handle(EventBridgeEvent<OrderPlaced> @event, ILambdaContext context)
    {
        if (@event.Detail is not { OrderId.Length: > 0, CustomerEmail.Length: > 0 } order)
        {
            // A malformed event never gets better: log it instead of failing, so it is not retried.
            context.Logger.Warning("Event {EventId} has no usable OrderPlaced detail; skipped", @event.Id);
            context.Metrics.AddMetric("EventsSkipped", 1, MetricUnit.Count);
            return;
        }

        await notifier.NotifyAsync(order, context);
        context.Metrics.AddMetric("OrdersNotified", 1, MetricUnit.Count);
    }
}
