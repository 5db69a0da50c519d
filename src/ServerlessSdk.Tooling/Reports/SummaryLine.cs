using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// One line for the build log: <c>MyApi: 1.90 MB zipped, cold start 3.82 ms (p90 4.40 ms), 7.0 MB RSS, est.
/// $0.42/month at 1M invocations — within budgets</c>. A build's line says its figures are a JIT estimate and, when
/// a publish was measured before, ends with that publish's Native AOT figures.
/// </summary>
public static class SummaryLine
{
    /// <summary>How many assemblies the line names when the package budget is exceeded.</summary>
    public const int LargestAssemblies = 5;

    /// <summary>The line for <paramref name="report"/>; figures that were not measured are left out.</summary>
    public static string For(ServerlessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<string>();
        if (report.Package is { } package)
        {
            parts.Add($"{ReportFormat.Bytes(package.ZippedBytes)} zipped");
        }

        if (report.Functions is { Count: > 0 } functions)
        {
            parts.Add(Functions(functions));
        }
        else if (report.Startup is { } startup)
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

        if (report.AzureCost is { } azure)
        {
            parts.Add(report.Functions is { Count: > 0 }
                ? $"est. up to {ReportFormat.Usd(azure.Total)}/month a function on Flex Consumption"
                : $"est. {ReportFormat.Usd(azure.Total)}/month on Flex Consumption");
        }

        if (report.Cost is { } cost)
        {
            var total = cost.For(report.Architecture).TotalUsd;
            parts.Add(report.Functions is { Count: > 0 }
                ? $"est. up to {ReportFormat.Usd(total)}/month a function at {ReportFormat.Count(cost.MonthlyInvocations)} invocations each"
                : $"est. {ReportFormat.Usd(total)}/month at {ReportFormat.Count(cost.MonthlyInvocations)} invocations");
        }

        var name = report.Kind == MeasurementKind.Build ? $"{report.FunctionName} (JIT estimate)" : report.FunctionName;
        var line = $"{name}: {string.Join(", ", parts)} — {ReportVerdict.For(report).Text}";
        // Over the package budget, what to cut first: the executable's five largest assemblies.
        if (report.Executable is { } executable
            && report.Budgets.Any(check => check.Kind == Budgets.BudgetKind.PackageSize && check.Status == Budgets.BudgetStatus.Exceeded))
        {
            line += $"; largest in {executable.File}: {executable.DescribeLargest(LargestAssemblies)}";
        }
        return report.LastPublish is { } published
            ? $"{line}; last publish (Native AOT, {published.Architecture}): {published.Describe()}"
            : line;
    }

    /// <summary>
    /// <c>3 functions: cold start ProcessOrders 12.5 ms, OnOrderPlaced 11.0 ms, NightlyReport not measured (worst p90
    /// 13.7 ms), up to 7.0 MB RSS</c>: each function's median, then the worst p90 and peak.
    /// </summary>
    private static string Functions(IReadOnlyList<FunctionFigures> functions)
    {
        var each = functions.Select(f => f.Startup is { } s ? $"{f.Name} {ReportFormat.Ms(s.ColdStartMs.Summary.Median)}" : $"{f.Name} not measured");
        var text = $"{functions.Count} functions: cold start {string.Join(", ", each)}";
        var measured = functions.Select(f => f.Startup).OfType<StartupFigures>().ToList();
        if (measured.Count > 0)
        {
            text += $" (worst p90 {ReportFormat.Ms(measured.Max(s => s.ColdStartMs.Summary.P90))})";
        }

        var rss = measured.Select(s => s.PeakRssMb?.Summary.Max).OfType<double>().ToList();
        return rss.Count > 0 ? $"{text}, up to {ReportFormat.MemoryMb(rss.Max())} RSS" : text;
    }
}
