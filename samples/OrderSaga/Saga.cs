using System.Text.Json;
using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace OrderSaga;

/// <summary>
/// The order saga, four functions in one bootstrap. PlaceOrder stores the order (PENDING) and publishes OrderPlaced;
/// rules deliver it to the Payments and Inventory queues. Both steps run in parallel; the second to finish confirms the
/// order. A declined payment publishes PaymentFailed, delivered to the Compensations queue, whose function releases
/// the stock and cancels the order. Every queue worker reports partial batch failures, so only the failed messages
/// are retried (then dead-lettered), and applies each event once (<see cref="OrdersTable.TryApplyAsync"/>).
/// </summary>
public static class Saga
{
    /// <summary>Payments above this are declined: the sample's stand-in for a card provider's answer.</summary>
    public const decimal CardLimit = 1000m;

    [LambdaFunction(MemorySize = 256, Timeout = 10)]
    [HttpApi(LambdaHttpMethod.Post, "/orders")]
    [Uses("Orders", Access.ReadWrite)]
    [Uses("Shop", Access.Write)]
    public static async Task<HttpApiResponse> PlaceOrder(HttpApiRequest request, ILambdaContext context)
    {
        if (Parse(request) is not { } order)
        {
            return Error(400, "Bad Request", "Send {\"orderId\", \"customerId\", \"amount\" > 0, \"lines\": [{\"sku\", \"quantity\"}]}.");
        }

        if (!await OrdersTable.Instance.TryCreateAsync(order).ConfigureAwait(false))
        {
            // A retried request: the order exists, and its OrderPlaced went out with the first.
            var status = await OrdersTable.Instance.StatusAsync(order.OrderId).ConfigureAwait(false) ?? OrderStatus.Pending;
            return HttpApiResponse.Json(200, new OrderAccepted(order.OrderId, status, AlreadyPlaced: true), SagaJson.Default.OrderAccepted);
        }

        await EventPublisher.Instance.PublishAsync(SagaEvents.OrderPlaced, new OrderEvent(order.OrderId, order.Amount, order.Lines)).ConfigureAwait(false);
        context.Logger.Information("Order {OrderId} placed: {Amount}", order.OrderId, order.Amount);
        return HttpApiResponse.Json(201, new OrderAccepted(order.OrderId, OrderStatus.Pending, AlreadyPlaced: false), SagaJson.Default.OrderAccepted);
    }

    [LambdaFunction(MemorySize = 256, Timeout = 30)]
    [SqsTrigger("Payments", BatchSize = 10)]
    [Uses("Orders", Access.ReadWrite)]
    [Uses("Shop", Access.Write)]
    public static Task<SqsBatchResponse> Payment(SqsEvent batch, ILambdaContext context) => EachEvent(batch, context, async (id, order) =>
    {
        if (order.Amount > CardLimit)
        {
            // Publish even when this event was applied before: the first attempt may have failed after the write.
            await OrdersTable.Instance.TryApplyAsync(order.OrderId, id, "payment", "payment", OrderStatus.Declined).ConfigureAwait(false);
            await EventPublisher.Instance.PublishAsync(SagaEvents.PaymentFailed, order with { Reason = $"amount over the card limit of {CardLimit}" }).ConfigureAwait(false);
            return;
        }

        await OrdersTable.Instance.TryApplyAsync(order.OrderId, id, "payment", "payment", OrderStatus.Charged, unlessStatus: OrderStatus.Cancelled).ConfigureAwait(false);
        await OrdersTable.Instance.TryConfirmAsync(order.OrderId).ConfigureAwait(false);
    });

    [LambdaFunction(MemorySize = 256, Timeout = 30)]
    [SqsTrigger("Inventory", BatchSize = 10)]
    [Uses("Orders", Access.ReadWrite)]
    public static Task<SqsBatchResponse> Inventory(SqsEvent batch, ILambdaContext context) => EachEvent(batch, context, async (id, order) =>
    {
        // An order cancelled first (its payment declined, compensated) keeps its stock released.
        await OrdersTable.Instance.TryApplyAsync(order.OrderId, id, "inventory", "inventory", OrderStatus.Reserved, unlessStatus: OrderStatus.Cancelled).ConfigureAwait(false);
        await OrdersTable.Instance.TryConfirmAsync(order.OrderId).ConfigureAwait(false);
    });

    /// <summary>The compensating step: a declined payment releases the order's stock and cancels it.</summary>
    [LambdaFunction(MemorySize = 256, Timeout = 30)]
    [SqsTrigger("Compensations", BatchSize = 10)]
    [Uses("Orders", Access.ReadWrite)]
    public static Task<SqsBatchResponse> Compensation(SqsEvent batch, ILambdaContext context) => EachEvent(batch, context, async (id, order) =>
    {
        if (await OrdersTable.Instance.TryApplyAsync(order.OrderId, id, "compensation", "inventory", OrderStatus.Released, status: OrderStatus.Cancelled).ConfigureAwait(false))
        {
            context.Logger.Warning("Order {OrderId} cancelled: {Reason}", order.OrderId, order.Reason ?? "payment failed");
        }
    });

    /// <summary>
    /// Runs <paramref name="step"/> on each message's EventBridge event (the queues' rules deliver the whole event);
    /// a message that is not one, or whose step throws, is reported failed on its own.
    /// </summary>
    private static async Task<SqsBatchResponse> EachEvent(SqsEvent batch, ILambdaContext context, Func<string, OrderEvent, Task> step)
    {
        var response = new SqsBatchResponse();
        foreach (var message in batch.Records)
        {
            var envelope = Envelope(message.Body);
            if (envelope is not { Detail: { OrderId.Length: > 0 } detail })
            {
                context.Logger.Warning("Message {MessageId} is not a saga event; it will be retried, then dead-lettered", message.MessageId);
                response.AddFailure(message);
                continue;
            }

            try
            {
                await step(envelope.Id, detail).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                context.Logger.Error(e, "Message {MessageId} for order {OrderId} failed", message.MessageId, detail.OrderId);
                response.AddFailure(message);
            }
        }

        return response;
    }

    private static EventBridgeEvent<OrderEvent>? Envelope(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SagaJson.Default.EventBridgeEventOrderEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PlaceOrderRequest? Parse(HttpApiRequest request)
    {
        try
        {
            var order = request.Body is null ? null : JsonSerializer.Deserialize(request.GetBodyBytes(), SagaJson.Default.PlaceOrderRequest);
            return order is { OrderId.Length: > 0, CustomerId.Length: > 0, Amount: > 0, Lines.Count: > 0 } ? order : null;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static HttpApiResponse Error(int status, string title, string detail) =>
        HttpApiResponse.Json(status, new Problem(title, detail), SagaJson.Default.Problem);
}
