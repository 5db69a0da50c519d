using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessFunction1;

/// <summary>An RFC 9457 problem document; <see cref="Errors"/> names each invalid field.</summary>
public sealed record Problem(string Title, int Status, string Detail, IReadOnlyDictionary<string, string>? Errors = null);

/// <summary>Source-generated JSON for this function's types: Native AOT has no reflection-based serializer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Item))]
[JsonSerializable(typeof(IReadOnlyList<Item>))]
[JsonSerializable(typeof(NewItem))]
[JsonSerializable(typeof(Problem))]
internal sealed partial class ItemsJsonContext : JsonSerializerContext;
