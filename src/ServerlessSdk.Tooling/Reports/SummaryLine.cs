using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// One line for the build log: <c>MyApi: 1.90 MB zipped, cold start 3.82 ms (p90 4.40 ms), 7.0 MB RSS, est.
/// $0.42/month at 1M invocations — within budgets</c>. A build's line says its figures are a JIT estimate and, when
/// a publish was measured before, ends with that publish's Native AOT figures.
/// </summary>
public static class SummaryLine
{
    /// <summary>The line for <paramref name="report"/>; figures that were not measured are left out.</summary>
    public static string For(ServerlessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<string>();
        if (report.Package is { } package)
        {
            parts.Add($"{ReportFormat.Bytes(package.ZippedBytes)} zipped");
        }

        if (report.Startup is { } startup)
        {
            var coldStart = startup.ColdStartMs.Summary;
            var emulated = report.Emulator is { } emulator ? $" under {emulator}, not the real machine's" : "";
            parts.Add($"cold start {ReportFormat.Ms(coldStart.Median)} (p90 {ReportFormat.Ms(coldStart.P90)}{emulated})");
            if (startup.PeakRssMb is { } rss)
            {
                parts.Add($"{ReportFormat.MemoryMb(rss.Summary.Max)} RSS");
            }
        }
        else
        {
            parts.Add(report.StartupSkippedReason is { } reason ? $"cold start not measured ({reason})" : "cold start not measured");
        }

        if (report.Cost is { } cost)
        {
            var total = cost.For(report.Architecture).TotalUsd;
            parts.Add($"est. {ReportFormat.Usd(total)}/month at {ReportFormat.Count(cost.MonthlyInvocations)} invocations");
        }

        var name = report.Kind == MeasurementKind.Build ? $"{report.FunctionName} (JIT estimate)" : report.FunctionName;
        var line = $"{name}: {string.Join(", ", parts)} — {ReportVerdict.For(report).Text}";
        return report.LastPublish is { } published
            ? $"{line}; last publish (Native AOT, {published.Architecture}): {published.Describe()}"
            : line;
    }
}
