using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Tests.Checks;

namespace ServerlessSdk.Tooling.Tests.Budgets;

public sealed class BudgetParserTests
{
    public static TheoryData<string> BadNumbers() => ["fast", "-1", "0", "-0", "NaN", "Infinity", "1,5", "10 MB", "0x10"];

    [Theory]
    [InlineData(MeasurementKind.Build)]
    [InlineData(MeasurementKind.Publish)]
    public void Empty_inputs_give_the_defaults_of_the_kind(MeasurementKind kind)
    {
        var result = BudgetParser.Parse(new BudgetInputs { ColdStartBudget = "", MemoryBudget = "  " }, kind);

        Assert.True(result.Succeeded);
        Assert.Equal(FunctionBudgets.DefaultsFor(kind), result.Budgets);
    }

    [Fact]
    public void Build_and_publish_have_separate_defaults()
    {
        Assert.Equal(new FunctionBudgets(1_500, 10, 128, null, DiagnosticSeverity.Warning), FunctionBudgets.DefaultsFor(MeasurementKind.Build));
        Assert.Equal(new FunctionBudgets(100, 10, 64, null, DiagnosticSeverity.Error), FunctionBudgets.DefaultsFor(MeasurementKind.Publish));
    }

    [Fact]
    public void Numbers_use_a_dot_for_decimals_whatever_the_culture()
    {
        var result = BudgetParser.Parse(
            new BudgetInputs { ColdStartBudget = "12.5", PackageSizeBudget = " 2.25 ", MemoryBudget = "48", MonthlyCostBudget = "4.50", BudgetSeverity = "warning" },
            MeasurementKind.Publish);

        Assert.True(result.Succeeded);
        Assert.Equal(new FunctionBudgets(12.5, 2.25, 48, 4.50m, DiagnosticSeverity.Warning), result.Budgets);
    }

    [Fact]
    public void Build_and_publish_properties_apply_to_their_own_kind_and_win_over_the_shared_name()
    {
        var inputs = new BudgetInputs
        {
            ColdStartBudget = "500",
            BuildColdStartBudget = "2000",
            PublishColdStartBudget = "80",
            BuildMemoryBudget = "200",
            PublishMemoryBudget = "40",
        };

        var build = BudgetParser.Parse(inputs, MeasurementKind.Build).Budgets;
        var publish = BudgetParser.Parse(inputs, MeasurementKind.Publish).Budgets;

        Assert.Equal((2000d, 200d), (build.ColdStartMs!.Value, build.MemoryMb!.Value));
        Assert.Equal((80d, 40d), (publish.ColdStartMs!.Value, publish.MemoryMb!.Value));
    }

    [Fact]
    public void The_shared_name_applies_to_a_kind_without_its_own_property()
    {
        var inputs = new BudgetInputs { ColdStartBudget = "500", PublishColdStartBudget = "80" };

        Assert.Equal(500, BudgetParser.Parse(inputs, MeasurementKind.Build).Budgets.ColdStartMs);
        Assert.Equal(80, BudgetParser.Parse(inputs, MeasurementKind.Publish).Budgets.ColdStartMs);
    }

    [Theory]
    [InlineData(MeasurementKind.Build)]
    [InlineData(MeasurementKind.Publish)]
    public void A_bad_budget_of_either_kind_is_reported_whatever_the_kind_parsed_for(MeasurementKind kind)
    {
        var result = BudgetParser.Parse(new BudgetInputs { BuildColdStartBudget = "soon", PublishMemoryBudget = "lots" }, kind);

        Assert.Equal([DiagnosticCodes.InvalidColdStartBudget, DiagnosticCodes.InvalidMemoryBudget], Codes.Of(result.Diagnostics));
    }

    [Fact]
    public void A_package_megabyte_is_a_million_bytes()
    {
        var budgets = BudgetParser.Parse(new BudgetInputs { PackageSizeBudget = "2.5" }, MeasurementKind.Publish).Budgets;

        Assert.Equal(2_500_000, budgets.PackageSizeBytes);
    }

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void A_bad_cold_start_budget_is_reported_with_its_code(string value)
    {
        var result = BudgetParser.Parse(new BudgetInputs { ColdStartBudget = value }, MeasurementKind.Publish);

        Assert.Equal([DiagnosticCodes.InvalidColdStartBudget], Codes.Of(result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void A_bad_package_size_budget_is_reported_with_its_code(string value)
    {
        var result = BudgetParser.Parse(new BudgetInputs { PackageSizeBudget = value }, MeasurementKind.Publish);

        Assert.Equal([DiagnosticCodes.InvalidPackageSizeBudget], Codes.Of(result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void A_bad_memory_budget_is_reported_with_its_code(string value)
    {
        var result = BudgetParser.Parse(new BudgetInputs { MemoryBudget = value }, MeasurementKind.Publish);

        Assert.Equal([DiagnosticCodes.InvalidMemoryBudget], Codes.Of(result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void A_bad_monthly_cost_budget_is_reported_with_its_code(string value)
    {
        var result = BudgetParser.Parse(new BudgetInputs { MonthlyCostBudget = value }, MeasurementKind.Publish);

        Assert.Equal([DiagnosticCodes.InvalidMonthlyCostBudget], Codes.Of(result.Diagnostics));
    }

    [Theory]
    [InlineData("fatal")]
    [InlineData("info")]
    [InlineData("none")]
    [InlineData("1")]
    public void An_unknown_severity_is_reported_with_its_code(string value)
    {
        var result = BudgetParser.Parse(new BudgetInputs { BudgetSeverity = value }, MeasurementKind.Build);

        Assert.Equal([DiagnosticCodes.InvalidBudgetSeverity], Codes.Of(result.Diagnostics));
    }

    [Theory]
    [InlineData("ERROR", DiagnosticSeverity.Error)]
    [InlineData(" Warning ", DiagnosticSeverity.Warning)]
    public void Severity_ignores_case_and_spaces(string value, DiagnosticSeverity expected)
    {
        var result = BudgetParser.Parse(new BudgetInputs { BudgetSeverity = value }, MeasurementKind.Build);

        Assert.Equal(expected, result.Budgets.Severity);
    }

    [Fact]
    public void Every_bad_property_is_reported_and_keeps_its_default()
    {
        var result = BudgetParser.Parse(
            new BudgetInputs { ColdStartBudget = "x", PackageSizeBudget = "x", MemoryBudget = "x", MonthlyCostBudget = "x", BudgetSeverity = "x" },
            MeasurementKind.Publish);

        Assert.Equal(
            [DiagnosticCodes.InvalidColdStartBudget, DiagnosticCodes.InvalidPackageSizeBudget, DiagnosticCodes.InvalidMemoryBudget, DiagnosticCodes.InvalidMonthlyCostBudget, DiagnosticCodes.InvalidBudgetSeverity],
            Codes.Of(result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(FunctionBudgets.PublishDefaults, result.Budgets);
    }
}
