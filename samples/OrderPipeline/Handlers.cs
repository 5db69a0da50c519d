using System.Text.Json;
using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

namespace OrderPipeline;

/// <summary>
/// Three functions, one binary: the IaC sets SERVERLESS_FUNCTION on each and the generated dispatcher runs the
/// matching handler.
/// </summary>
public static class Handlers
{
    /// <summary>Validates each queued order; only the invalid ones are reported, so SQS retries just those.</summary>
    [LambdaFunction(MemorySize = 256, Timeout = 30)]
    [SqsTrigger("orders", BatchSize = 10, MaxReceiveCount = 3)]
    public static SqsBatchResponse ProcessOrders(SqsEvent batch, ILambdaContext context)
    {
        var response = new SqsBatchResponse();
        foreach (var message in batch.Records)
        {
            var order = Parse(message.Body);
            if (order is null || order.Amount <= 0 || order.Items.Count == 0)
            {
                context.Logger.Warning("Order message {MessageId} is invalid; it will be retried, then dead-lettered", message.MessageId);
                response.AddFailure(message);
                continue;
            }

            context.Logger.Information("Accepted order {OrderId} of {Amount} {Currency}", order.OrderId, order.Amount, order.Currency);
            context.Metrics.AddMetric("OrdersAccepted", 1, MetricUnit.Count);
        }

        return response;
    }

    /// <summary>Reacts to OrderPlaced events published by the shop.</summary>
    [EventBridgeRule("""{"source":["com.example.orders"],"detail-type":["OrderPlaced"]}""")]
    public static void OnOrderPlaced(EventBridgeEvent<OrderPlaced> placed, ILambdaContext context)
    {
        var detail = placed.Detail ?? throw new InvalidOperationException("OrderPlaced event without detail.");
        context.Logger.Information("Order {OrderId} placed: {Total} {Currency}, {Lines} lines", detail.OrderId, detail.Total, detail.Currency, detail.Items.Count);
        context.Metrics.AddMetric("OrderValue", (double)detail.Total, MetricUnit.None);
    }

    /// <summary>A nightly job at 02:00 UTC.</summary>
    [Schedule("cron(0 2 * * ? *)")]
    public static void NightlyReport(ScheduledEvent tick, ILambdaContext context) =>
        context.Logger.Information("Nightly report for {Time}", tick.Time);

    private static Order? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, OrderJson.Default.Order);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
