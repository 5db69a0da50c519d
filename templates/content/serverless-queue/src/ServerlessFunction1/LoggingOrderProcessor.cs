using ServerlessSdk.Runtime;

namespace ServerlessFunction1;

/// <summary>The placeholder processor: writes one structured log line per order.</summary>
public sealed class LoggingOrderProcessor : IOrderProcessor
{
    public ValueTask ProcessAsync(Order order, ILambdaContext context)
    {
        context.Logger.Information("Fulfilled order {OrderId} for {CustomerId}, total {Total}", order.OrderId, order.CustomerId, order.Total);
        return ValueTask.CompletedTask;
    }
}
