using System.Text.Json.Serialization;

namespace HelloApi;

public sealed record Greeting(string Message, string Language, string? TraceId);

public sealed record Problem(string Title, int Status, string Detail);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Greeting))]
[JsonSerializable(typeof(Problem))]
internal sealed partial class HelloJsonContext : JsonSerializerContext;
