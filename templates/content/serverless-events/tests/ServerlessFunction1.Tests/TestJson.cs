using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1.Tests;

/// <summary>The function's own JSON context is internal; the tests read the sample event with the same settings.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EventBridgeEvent<OrderPlaced>))]
internal sealed partial class TestJson : JsonSerializerContext;
