using ServerlessSdk.Runtime;

namespace ServerlessFunction1;

/// <summary>Tells the customer. <see cref="LoggingOrderNotifier"/> only logs: replace it with SES, SNS or your mailer.</summary>
public interface IOrderNotifier
{
    /// <summary>Throw on a transient failure: Lambda retries the event (twice, for EventBridge's asynchronous invoke).</summary>
    ValueTask NotifyAsync(OrderPlaced order, ILambdaContext context);
}

/// <summary>The placeholder notifier: one structured log line per order.</summary>
public sealed class LoggingOrderNotifier : IOrderNotifier
{
    public ValueTask NotifyAsync(OrderPlaced order, ILambdaContext context)
    {
        context.Logger.Information("Confirmation for order {OrderId} ({Total} {Currency}) queued", order.OrderId, order.Total, order.Currency);
        return ValueTask.CompletedTask;
    }
}
