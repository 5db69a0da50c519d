using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// The headline figures of the last <c>dotnet publish</c> (Native AOT), carried into a build (JIT) report so the
/// build's estimate is read beside what is really deployed.
/// </summary>
/// <param name="MeasuredAt">When the publish was measured.</param>
/// <param name="Architecture">The architecture it was published for.</param>
/// <param name="ZippedBytes">The deployed zip's size, when measured.</param>
/// <param name="ColdStartMedianMs">The median cold start, when the probe ran.</param>
/// <param name="PeakRssMb">The largest peak RSS, when the probe ran.</param>
public sealed record PublishedFigures(DateTimeOffset MeasuredAt, string Architecture, long? ZippedBytes, double? ColdStartMedianMs, double? PeakRssMb)
{
    /// <summary>The figures of a publish report; null for any other report.</summary>
    public static PublishedFigures? From(ServerlessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Kind != MeasurementKind.Publish
            ? null
            : new PublishedFigures(report.MeasuredAt, report.Architecture, report.Package?.ZippedBytes, report.Startup?.ColdStartMs.Summary.Median, report.Startup?.PeakRssMb?.Summary.Max);
    }

    /// <summary>Reads the figures from a <c>serverless-report.json</c>; null when it is missing, unreadable or not a publish.</summary>
    public static PublishedFigures? TryRead(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return From(JsonReportWriter.Read(File.ReadAllText(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException)
        {
            // A stale or damaged copy only loses the comparison; the build's own figures are unaffected.
            return null;
        }
    }

    /// <summary><c>1.74 MB zipped, cold start 7.00 ms, 6.0 MB RSS</c>: what was measured.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (ZippedBytes is { } zipped)
        {
            parts.Add($"{ReportFormat.Bytes(zipped)} zipped");
        }

        parts.Add(ColdStartMedianMs is { } coldStart ? $"cold start {ReportFormat.Ms(coldStart)}" : "cold start not measured");
        if (PeakRssMb is { } rss)
        {
            parts.Add($"{ReportFormat.MemoryMb(rss)} RSS");
        }

        return string.Join(", ", parts);
    }
}
