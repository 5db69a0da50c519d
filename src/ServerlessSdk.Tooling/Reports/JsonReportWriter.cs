using System.Text.Json;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>Writes and reads <c>serverless-report.json</c> (schema: docs/report-schema.md).</summary>
public static class JsonReportWriter
{
    /// <summary>The file name hosts write it to.</summary>
    public const string FileName = "serverless-report.json";

    /// <summary>The report as indented JSON with a final newline.</summary>
    public static string Write(ServerlessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, ReportJsonContext.Default.ServerlessReport) + "\n";
    }

    /// <summary>Reads a report written by <see cref="Write"/>.</summary>
    /// <exception cref="JsonException">The text is not a report.</exception>
    /// <exception cref="NotSupportedException">The report has a newer <see cref="ServerlessReport.SchemaVersion"/> than this reader knows.</exception>
    public static ServerlessReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var report = JsonSerializer.Deserialize(json, ReportJsonContext.Default.ServerlessReport)
            ?? throw new JsonException("The JSON is null, not a report.");
        return report.SchemaVersion <= ServerlessReport.CurrentSchemaVersion
            ? report
            : throw new NotSupportedException($"The report has schema version {report.SchemaVersion}; this reader knows up to {ServerlessReport.CurrentSchemaVersion}.");
    }
}
