using System.Text.Json.Serialization;

namespace SampleFunction;

internal sealed record ItemReply(string Id, string RouteKey, string Version, string? Greeting, IDictionary<string, string> Query, IList<string> Cookies);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ItemReply))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
