using System.Text.Json.Serialization;
using ServerlessSdk.Runtime.Events;

namespace OrderPipeline;

public sealed record OrderItem(string Sku, int Qty);

/// <summary>An order as the shop puts it on the queue.</summary>
public sealed record Order(string OrderId, string CustomerId, decimal Amount, string Currency, IReadOnlyList<OrderItem> Items);

/// <summary>The detail of an OrderPlaced event on the default bus.</summary>
public sealed record OrderPlaced(string OrderId, string CustomerId, decimal Total, string Currency, IReadOnlyList<OrderItem> Items);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(EventBridgeEvent<OrderPlaced>))]
internal sealed partial class OrderJson : JsonSerializerContext;
