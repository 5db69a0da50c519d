using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1;

/// <summary>The <c>detail</c> of an <c>OrderPlaced</c> event from <c>com.example.orders</c>.</summary>
public sealed record OrderPlaced(string OrderId, string CustomerEmail, decimal Total, string Currency);

/// <summary>Source-generated JSON for the event envelope with its typed detail: Native AOT has no reflection-based serializer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EventBridgeEvent<OrderPlaced>))]
internal sealed partial class EventsJsonContext : JsonSerializerContext;
