using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// One line for the build log: <c>MyApi: 1.90 MB zipped, cold start 3.82 ms (p90 4.40 ms), 7.0 MB RSS, est.
/// $0.42/month at 1M invocations — within budgets</c>.
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
            parts.Add($"cold start {ReportFormat.Ms(coldStart.Median)} (p90 {ReportFormat.Ms(coldStart.P90)})");
            if (startup.PeakRssMb is { } rss)
            {
                parts.Add($"{ReportFormat.MemoryMb(rss.Summary.Max)} RSS");
            }
        }
        else
        {
            parts.Add("cold start not measured");
        }

        if (report.Cost is { } cost)
        {
            var total = cost.For(report.Architecture).TotalUsd;
            parts.Add($"est. {ReportFormat.Usd(total)}/month at {ReportFormat.Count(cost.MonthlyInvocations)} invocations");
        }

        return $"{report.FunctionName}: {string.Join(", ", parts)} — {Verdict(report)}";
    }

    private static string Verdict(ServerlessReport report)
    {
        var verdict = report.BudgetsExceeded switch
        {
            0 => "within budgets",
            1 => "1 budget exceeded",
            var n => $"{n} budgets exceeded",
        };
        var failures = report.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info && !BudgetEvaluator.BreachCodes.Contains(d.Code))
            .Select(d => d.Code)
            .Distinct()
            .ToList();
        return failures.Count == 0 ? verdict : $"{verdict}; see {string.Join(", ", failures)}";
    }
}
