using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>The one-phrase verdict the Markdown and HTML reports lead with.</summary>
internal static class ReportVerdict
{
    /// <summary>
    /// Good only when no budget is exceeded and nothing else failed: a report whose probe crashed must not read as
    /// "within budgets" at a glance.
    /// </summary>
    public static (bool Good, string Text) For(ServerlessReport report)
    {
        var failures = report.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && !BudgetEvaluator.BreachCodes.Contains(d.Code))
            .Select(d => d.Code)
            .Distinct()
            .ToList();
        var budgets = report.BudgetsExceeded switch
        {
            0 => "within budgets",
            1 => "1 budget exceeded",
            var n => $"{n} budgets exceeded",
        };
        return failures.Count == 0
            ? (report.BudgetsExceeded == 0, budgets)
            : (false, $"{budgets}, measurement failed ({string.Join(", ", failures)})");
    }

    /// <summary><c>1 file</c>, <c>3 files</c>.</summary>
    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
