using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Cli.Output;

/// <summary>Indented output of arbitrary JSON (a function's response) without reflection.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class JsonContext : JsonSerializerContext;
