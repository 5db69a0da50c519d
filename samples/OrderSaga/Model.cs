using System.Text.Json.Serialization;
using ServerlessSdk.Runtime.Events;

namespace OrderSaga;

/// <summary>What a client posts to <c>POST /orders</c>. The client picks the id, so a retried request places the order once.</summary>
public sealed record PlaceOrderRequest(string OrderId, string CustomerId, decimal Amount, IReadOnlyList<OrderLine> Lines);

public sealed record OrderLine(string Sku, int Quantity);

/// <summary>The detail of the saga's events (OrderPlaced, PaymentFailed): enough for every step to act on the order.</summary>
public sealed record OrderEvent(string OrderId, decimal Amount, IReadOnlyList<OrderLine> Lines, string? Reason = null);

/// <summary>The answer to <c>POST /orders</c>.</summary>
public sealed record OrderAccepted(string OrderId, string Status, bool AlreadyPlaced);

public sealed record Problem(string Title, string Detail);

/// <summary>The saga's event names (EventBridge detail-types) and source.</summary>
public static class SagaEvents
{
    public const string Source = "shop.orders";
    public const string OrderPlaced = "OrderPlaced";
    public const string PaymentFailed = "PaymentFailed";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlaceOrderRequest))]
[JsonSerializable(typeof(OrderEvent))]
[JsonSerializable(typeof(OrderAccepted))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(EventBridgeEvent<OrderEvent>))]
internal sealed partial class SagaJson : JsonSerializerContext;
