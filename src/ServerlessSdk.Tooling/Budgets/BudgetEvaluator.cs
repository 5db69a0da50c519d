using System.Collections.Frozen;
using System.Globalization;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Budgets;

/// <summary>Compares measurements with budgets; each breach has its own code and the budgets' severity.</summary>
public static class BudgetEvaluator
{
    /// <summary>The codes a breached budget is reported with, as opposed to invalid settings or failed measurements.</summary>
    public static IReadOnlySet<string> BreachCodes { get; } = new[]
    {
        DiagnosticCodes.ColdStartBudgetExceeded,
        DiagnosticCodes.PackageSizeBudgetExceeded,
        DiagnosticCodes.MemoryBudgetExceeded,
        DiagnosticCodes.MonthlyCostBudgetExceeded,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks every budget. A figure over its budget (strictly; equal passes) is reported as
    /// <see cref="DiagnosticCodes.ColdStartBudgetExceeded"/>, <see cref="DiagnosticCodes.PackageSizeBudgetExceeded"/>,
    /// <see cref="DiagnosticCodes.MemoryBudgetExceeded"/> or <see cref="DiagnosticCodes.MonthlyCostBudgetExceeded"/>
    /// with <see cref="FunctionBudgets.Severity"/>. Missing figures and unset budgets are not checked.
    /// </summary>
    /// <param name="budgets">The limits.</param>
    /// <param name="measured">The figures.</param>
    /// <param name="file">The file the diagnostics point at (the measured executable or project), if any.</param>
    public static BudgetEvaluation Evaluate(FunctionBudgets budgets, BudgetMeasurements measured, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(measured);
        var diagnostics = new List<ServerlessDiagnostic>();

        var coldStart = Check(BudgetKind.ColdStart, "ServerlessColdStartBudget", "ms", measured.ColdStartMs?.Summary.Median, budgets.ColdStartMs);
        if (coldStart.Status == BudgetStatus.Exceeded)
        {
            var summary = measured.ColdStartMs!.Summary;
            diagnostics.Add(Breach(budgets, DiagnosticCodes.ColdStartBudgetExceeded, file, Invariant(
                $"The median cold start is {summary.Median:0.0} ms (p90 {summary.P90:0.0} ms over {summary.Count} runs), over ServerlessColdStartBudget of {budgets.ColdStartMs:0.###} ms; do less at start-up (static initialisation, eager clients, large JSON contexts) or raise the budget.")));
        }

        double? zippedMb = measured.ZippedBytes is { } bytes ? (double)bytes / FunctionBudgets.PackageBytesPerMegabyte : null;
        var package = Check(BudgetKind.PackageSize, "ServerlessPackageSizeBudget", "MB", zippedMb, budgets.PackageSizeMb);
        if (package.Status == BudgetStatus.Exceeded)
        {
            diagnostics.Add(Breach(budgets, DiagnosticCodes.PackageSizeBudgetExceeded, file, Invariant(
                $"The zipped package is {zippedMb:0.00} MB ({measured.ZippedBytes:N0} bytes), over ServerlessPackageSizeBudget of {budgets.PackageSizeMb:0.###} MB (1 MB = 1,000,000 bytes); see the largest files in serverless-report.html, drop or trim dependencies, or raise the budget.")));
        }

        var memory = Check(BudgetKind.Memory, "ServerlessMemoryBudget", "MB", measured.PeakRssMb?.Summary.Max, budgets.MemoryMb);
        if (memory.Status == BudgetStatus.Exceeded)
        {
            diagnostics.Add(Breach(budgets, DiagnosticCodes.MemoryBudgetExceeded, file, Invariant(
                $"The peak resident memory is {measured.PeakRssMb!.Summary.Max:0.0} MB (largest of {measured.PeakRssMb.Summary.Count} runs), over ServerlessMemoryBudget of {budgets.MemoryMb:0.###} MB; hold less in memory at start-up or raise the budget (and the function's memory size).")));
        }

        var cost = CheckCost(measured.MonthlyCostUsd, budgets.MonthlyCostUsd);
        if (cost.Status == BudgetStatus.Exceeded)
        {
            diagnostics.Add(Breach(budgets, DiagnosticCodes.MonthlyCostBudgetExceeded, file, Invariant(
                $"The estimated monthly cost is ${measured.MonthlyCostUsd:0.00}, over ServerlessMonthlyCostBudget of ${budgets.MonthlyCostUsd:0.00}; shorten invocations, lower the memory size, run on arm64, or raise the budget.")));
        }

        return new BudgetEvaluation([coldStart, package, memory, cost], diagnostics);
    }

    private static BudgetCheck Check(BudgetKind kind, string property, string unit, double? measured, double? limit) =>
        new(kind, property, unit, measured, limit, Status(measured, limit, (m, l) => m > l));

    // Money is compared in decimal so that a cost equal to its budget is not pushed over by binary rounding.
    private static BudgetCheck CheckCost(decimal? measured, decimal? limit) => new(
        BudgetKind.MonthlyCost, "ServerlessMonthlyCostBudget", "USD", (double?)measured, (double?)limit, Status(measured, limit, (m, l) => m > l));

    private static BudgetStatus Status<T>(T? measured, T? limit, Func<T, T, bool> exceeds)
        where T : struct => (measured, limit) switch
        {
            (null, _) => BudgetStatus.NotMeasured,
            (_, null) => BudgetStatus.NotSet,
            ({ } m, { } l) => exceeds(m, l) ? BudgetStatus.Exceeded : BudgetStatus.Within,
        };

    private static ServerlessDiagnostic Breach(FunctionBudgets budgets, string code, string? file, string message) =>
        new(code, budgets.Severity, message, file);

    private static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
