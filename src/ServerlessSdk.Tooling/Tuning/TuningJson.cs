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

    /// <summary>The <see cref="TuningReport.FileName"/> in <paramref name="folder"/>; null when there is none or it cannot be read (tuning is optional).</summary>
    public static TuningReport? TryReadFrom(string folder)
    {
        var path = Path.Combine(folder, TuningReport.FileName);
        try
        {
            return File.Exists(path) ? Read(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(TuningReport))]
internal sealed partial class TuningJsonContext : JsonSerializerContext;
