using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>Reports with every section filled, built the way the measurement builds them.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset MeasuredAt = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

    public static PackageSize Package { get; } = new(
        TotalBytes: 3_324_788,
        ZippedBytes: 1_900_000,
        FileCount: 13,
        LargestFiles:
        [
            new("bootstrap", 3_200_000, 1_560_000),
            new("libSystem.Native.so", 80_000, 30_000),
            new("appsettings.json", 2_000, 700),
            new("wwwroot/some/deeply/nested/folder/with/a/really-long-file-name.json", 1_500, 600),
            new("a.txt", 900, 500),
            new("b.txt", 800, 450),
            new("c.txt", 700, 400),
            new("d.txt", 600, 350),
            new("e.txt", 500, 300),
            new("f.txt", 400, 250),
        ]);

    public static StartupFigures Startup { get; } = new(
        Runs: 3,
        DiscardedWarmUpRuns: 1,
        ColdStartMs: SampledFigure.Of([3.8, 4.4, 3.6])!,
        InitMs: SampledFigure.Of([3.1, 3.5, 2.9]),
        FirstInvokeMs: SampledFigure.Of([0.6, 0.8, 0.7]),
        WarmInvokeMs: SampledFigure.Of([12.1, 12.3, 12.4, 12.2, 12.3, 12.5]),
        PeakRssMb: SampledFigure.Of([7.1, 7.2, 7.0]));

    /// <summary>
    /// MyApi: within every budget. Cost: 1,000,000 × 13 ms × 1 GB = 13,000 GB-s, plus 10,000 cold starts × 4 ms × 1 GB =
    /// 40 GB-s; 13,040 × $0.0000166667 = $0.2173 + $0.20 requests = $0.42 a month on x86_64.
    /// </summary>
    public static ServerlessReport WithinBudgets()
    {
        var cost = CostEstimator.Estimate(new CostInputs(WarmDurationMs: 12.3, InitDurationMs: 3.1, MemoryMb: 1024, MonthlyInvocations: 1_000_000, ColdStartRate: 0.01));
        var budgets = FunctionBudgets.PublishDefaults with { MonthlyCostUsd = 5m };
        var evaluation = BudgetEvaluator.Evaluate(
            budgets, new BudgetMeasurements(Startup.ColdStartMs, Package.ZippedBytes, Startup.PeakRssMb, cost.X86_64.TotalUsd));
        return new ServerlessReport
        {
            FunctionName = "MyApi",
            Kind = MeasurementKind.Publish,
            Architecture = "x86_64",
            MemoryMb = 1024,
            MeasuredAt = MeasuredAt,
            Package = Package,
            Startup = Startup,
            Cost = cost,
            Budgets = evaluation.Checks,
            Diagnostics = evaluation.Diagnostics,
        };
    }

    /// <summary>Cold start and package over tight budgets, with a probe warning beside the breaches.</summary>
    public static ServerlessReport OverBudgets()
    {
        var report = WithinBudgets();
        var budgets = new FunctionBudgets(ColdStartMs: 2, PackageSizeMb: 1, MemoryMb: 64, MonthlyCostUsd: null, DiagnosticSeverity.Error);
        var evaluation = BudgetEvaluator.Evaluate(
            budgets, new BudgetMeasurements(Startup.ColdStartMs, Package.ZippedBytes, Startup.PeakRssMb, report.Cost!.X86_64.TotalUsd), "publish/bootstrap");
        return report with
        {
            Budgets = evaluation.Checks,
            Diagnostics = [ServerlessDiagnostic.Warning(DiagnosticCodes.ProbeInvocationError, "The function answered with an error."), .. evaluation.Diagnostics],
        };
    }

    /// <summary>A report whose probe failed: no startup figures and no cost.</summary>
    public static ServerlessReport ProbeFailed() => WithinBudgets() with
    {
        Startup = null,
        Cost = null,
        Budgets = BudgetEvaluator.Evaluate(FunctionBudgets.PublishDefaults, new BudgetMeasurements(null, Package.ZippedBytes, null, null)).Checks,
        Diagnostics = [ServerlessDiagnostic.Error(DiagnosticCodes.ProbeFunctionExited, "The function crashed in the startup probe: process exited with code 3.", "publish/bootstrap")],
    };
}
