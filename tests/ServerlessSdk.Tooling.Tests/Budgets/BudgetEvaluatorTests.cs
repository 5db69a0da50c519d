using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Tests.Checks;

namespace ServerlessSdk.Tooling.Tests.Budgets;

public sealed class BudgetEvaluatorTests
{
    private static readonly FunctionBudgets Budgets = new(ColdStartMs: 50, PackageSizeMb: 10, MemoryMb: 64, MonthlyCostUsd: 5m, DiagnosticSeverity.Error);

    private static readonly BudgetMeasurements WithinEverything = new(
        SampledFigure.Of([12, 13, 14]), ZippedBytes: 1_600_000, SampledFigure.Of([8, 8.2, 8.1]), MonthlyCostUsd: 0.42m);

    [Fact]
    public void Figures_under_every_budget_pass()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything);

        Assert.Empty(evaluation.Diagnostics);
        Assert.All(evaluation.Checks, check => Assert.Equal(BudgetStatus.Within, check.Status));
        Assert.Equal([BudgetKind.ColdStart, BudgetKind.PackageSize, BudgetKind.Memory, BudgetKind.MonthlyCost], evaluation.Checks.Select(c => c.Kind));
    }

    [Fact]
    public void A_slow_cold_start_is_reported_with_its_code()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { ColdStartMs = SampledFigure.Of([60, 70, 80]) });

        Assert.Equal([DiagnosticCodes.ColdStartBudgetExceeded], Codes.Of(evaluation.Diagnostics));
        Assert.Equal(1, evaluation.ExceededCount);
    }

    [Fact]
    public void The_cold_start_budget_compares_the_median_not_the_slowest_run()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { ColdStartMs = SampledFigure.Of([12, 13, 500]) });

        Assert.Empty(evaluation.Diagnostics);
        Assert.Equal(13, evaluation.Checks[0].Measured);
    }

    [Fact]
    public void A_large_package_is_reported_with_its_code()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { ZippedBytes = 10_000_001 });

        Assert.Equal([DiagnosticCodes.PackageSizeBudgetExceeded], Codes.Of(evaluation.Diagnostics));
    }

    [Fact]
    public void A_package_exactly_at_its_budget_passes()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { ZippedBytes = 10_000_000 });

        Assert.Empty(evaluation.Diagnostics);
    }

    [Fact]
    public void Too_much_memory_is_reported_with_its_code()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { PeakRssMb = SampledFigure.Of([60, 61, 65]) });

        Assert.Equal([DiagnosticCodes.MemoryBudgetExceeded], Codes.Of(evaluation.Diagnostics));
    }

    [Fact]
    public void A_high_monthly_cost_is_reported_with_its_code()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { MonthlyCostUsd = 5.01m });

        Assert.Equal([DiagnosticCodes.MonthlyCostBudgetExceeded], Codes.Of(evaluation.Diagnostics));
    }

    [Fact]
    public void A_cost_exactly_at_its_budget_passes()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { MonthlyCostUsd = 5m });

        Assert.Empty(evaluation.Diagnostics);
    }

    [Fact]
    public void Every_breach_has_its_own_code()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, new BudgetMeasurements(SampledFigure.Of([99]), 99_000_000, SampledFigure.Of([999]), 99m));

        Assert.Equal(
            [DiagnosticCodes.ColdStartBudgetExceeded, DiagnosticCodes.PackageSizeBudgetExceeded, DiagnosticCodes.MemoryBudgetExceeded, DiagnosticCodes.MonthlyCostBudgetExceeded],
            Codes.Of(evaluation.Diagnostics));
        Assert.Equal(4, evaluation.ExceededCount);
        Assert.All(evaluation.Diagnostics, d => Assert.Contains(d.Code, BudgetEvaluator.BreachCodes));
    }

    [Fact]
    public void Warning_severity_reports_breaches_as_warnings()
    {
        var evaluation = BudgetEvaluator.Evaluate(
            Budgets with { Severity = DiagnosticSeverity.Warning }, new BudgetMeasurements(SampledFigure.Of([99]), 99_000_000, SampledFigure.Of([999]), 99m));

        Assert.All(evaluation.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(4, evaluation.Diagnostics.Count);
    }

    [Fact]
    public void Missing_figures_are_not_measured_and_not_reported()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, new BudgetMeasurements(null, null, null, null));

        Assert.Empty(evaluation.Diagnostics);
        Assert.All(evaluation.Checks, check => Assert.Equal(BudgetStatus.NotMeasured, check.Status));
    }

    [Fact]
    public void A_budget_that_is_not_set_is_not_checked()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets with { MonthlyCostUsd = null }, WithinEverything with { MonthlyCostUsd = 1_000m });

        Assert.Empty(evaluation.Diagnostics);
        Assert.Equal(BudgetStatus.NotSet, evaluation.Checks[3].Status);
    }

    [Fact]
    public void Breaches_point_at_the_given_file()
    {
        var evaluation = BudgetEvaluator.Evaluate(Budgets, WithinEverything with { ZippedBytes = 99_000_000 }, "publish/bootstrap");

        Assert.Equal("publish/bootstrap", Assert.Single(evaluation.Diagnostics).File);
    }
}
