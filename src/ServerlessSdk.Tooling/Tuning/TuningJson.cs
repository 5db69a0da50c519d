using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Tooling.Tuning;

/// <summary>Reads and writes <c>serverless-tune.json</c> (camelCase, indented, <c>\n</c> line ends, no reflection).</summary>
public static class TuningJson
{
    /// <summary>The report as JSON.</summary>
    public static string Write(TuningReport report) => JsonSerializer.Serialize(report, TuningJsonContext.Default.TuningReport);

    /// <summary>A report written by <see cref="Write"/>.</summary>
    /// <exception cref="JsonException">Not such a report.</exception>
    public static TuningReport Read(string json) =>
        JsonSerializer.Deserialize(json, TuningJsonContext.Default.TuningReport) ?? throw new JsonException("The tuning report is empty.");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(TuningReport))]
internal sealed partial class TuningJsonContext : JsonSerializerContext;
