using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// Source-generated, reflection-free JSON metadata for every event and response type in this namespace.
/// </summary>
/// <remarks>
/// <para>
/// Property names come from <see cref="JsonPropertyNameAttribute"/> on each model, so they match AWS exactly in
/// any context. Null members are omitted when writing.
/// </para>
/// <para>
/// For an <see cref="EventBridgeEvent{TDetail}"/> with your own detail type, declare a context in your project:
/// </para>
/// <code>
/// [JsonSerializable(typeof(EventBridgeEvent&lt;OrderPlaced&gt;))]
/// public partial class MyJsonContext : JsonSerializerContext;
///
/// var evt = JsonSerializer.Deserialize(json, MyJsonContext.Default.EventBridgeEventOrderPlaced);
/// </code>
/// </remarks>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HttpApiRequest))]
[JsonSerializable(typeof(HttpApiResponse))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(SnsEvent))]
[JsonSerializable(typeof(EventBridgeEvent<JsonElement>))]
[JsonSerializable(typeof(ScheduledEvent))]
[JsonSerializable(typeof(S3Event))]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(KinesisEvent))]
[JsonSerializable(typeof(StreamsBatchResponse))]
public partial class LambdaEventsJsonContext : JsonSerializerContext;
