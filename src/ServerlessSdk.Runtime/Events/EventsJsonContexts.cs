using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

// One source-generated context per event family, not one for all: a context roots the metadata of every
// type it lists, so a single shared context would put every event's serialiser into every function
// (about 0.4 MB of a Native AOT bootstrap). Property names come from [JsonPropertyName] on each model,
// so they match AWS exactly in any context, including one of the user's own. Null members are omitted
// when writing.

/// <summary>Source-generated JSON metadata for <see cref="HttpApiRequest"/> and <see cref="HttpApiResponse"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HttpApiRequest))]
[JsonSerializable(typeof(HttpApiResponse))]
public sealed partial class HttpApiJsonContext : JsonSerializerContext;

/// <summary>Source-generated JSON metadata for <see cref="SqsEvent"/> and <see cref="SqsBatchResponse"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
public sealed partial class SqsJsonContext : JsonSerializerContext;

/// <summary>Source-generated JSON metadata for <see cref="SnsEvent"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SnsEvent))]
public sealed partial class SnsJsonContext : JsonSerializerContext;

/// <summary>
/// Source-generated JSON metadata for <see cref="ScheduledEvent"/> and EventBridge events with an untyped detail.
/// </summary>
/// <remarks>
/// For an <see cref="EventBridgeEvent{TDetail}"/> with your own detail type, declare a context in your project:
/// <code>
/// [JsonSerializable(typeof(EventBridgeEvent&lt;OrderPlaced&gt;))]
/// public partial class MyJsonContext : JsonSerializerContext;
///
/// var evt = JsonSerializer.Deserialize(json, MyJsonContext.Default.EventBridgeEventOrderPlaced);
/// </code>
/// </remarks>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventBridgeEvent<JsonElement>))]
[JsonSerializable(typeof(ScheduledEvent))]
public sealed partial class EventBridgeJsonContext : JsonSerializerContext;

/// <summary>Source-generated JSON metadata for <see cref="S3Event"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(S3Event))]
public sealed partial class S3JsonContext : JsonSerializerContext;

/// <summary>Source-generated JSON metadata for DynamoDB and Kinesis stream events and <see cref="StreamsBatchResponse"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(KinesisEvent))]
[JsonSerializable(typeof(StreamsBatchResponse))]
public sealed partial class StreamsJsonContext : JsonSerializerContext;
