using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>The one-phrase verdict the summary line, the Markdown and the HTML reports lead with.</summary>
internal static class ReportVerdict
{
    /// <summary>
    /// "within budgets" only when every budget set was measured and met and nothing else went wrong: a report whose
    /// settings were refused, whose probe crashed or was skipped must not read as a pass at a glance. Good is false
    /// when a budget is exceeded or any error was reported.
    /// </summary>
    public static (bool Good, string Text) For(ServerlessReport report)
    {
        var problems = report.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info && !BudgetEvaluator.BreachCodes.Contains(d.Code))
            .ToList();
        var codes = string.Join(", ", problems.Select(d => d.Code).Distinct());
        var failed = problems.Any(d => d.Severity == DiagnosticSeverity.Error);
        var unmeasured = report.Budgets
            .Where(b => b.Status == BudgetStatus.NotMeasured && b.Limit is not null)
            .Select(b => b.Kind switch { BudgetKind.ColdStart => "cold start", BudgetKind.PackageSize => "package", BudgetKind.Memory => "memory", _ => "cost" })
            .ToList();
        var good = report.BudgetsExceeded == 0 && !failed;
        var text = (report.BudgetsExceeded, problems.Count, unmeasured.Count) switch
        {
            (0, 0, 0) => "within budgets",
            (0, 0, _) => $"within the budgets measured; not measured: {string.Join(", ", unmeasured)}",
            (0, _, _) => failed ? $"checks failed: see {codes}" : $"checks incomplete: see {codes}",
            (var n, 0, _) => Exceeded(n),
            (var n, _, _) => $"{Exceeded(n)}; see {codes}",
        };
        return (good, text);
    }

    /// <summary><c>1 file</c>, <c>3 files</c>.</summary>
    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Exceeded(int count) => count == 1 ? "1 budget exceeded" : $"{count} budgets exceeded";
}
