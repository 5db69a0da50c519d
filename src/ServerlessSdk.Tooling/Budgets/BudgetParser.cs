using System.Globalization;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Budgets;

/// <summary>Validates the budget properties as MSBuild passes them and fills in the defaults for the kind of output.</summary>
public static class BudgetParser
{
    /// <summary>
    /// Parses <paramref name="inputs"/>. Empty or whitespace means the default of <paramref name="kind"/>
    /// (<see cref="FunctionBudgets.DefaultsFor"/>). The cold start and memory budgets have a property per kind
    /// (<c>ServerlessBuildColdStartBudget</c>, <c>ServerlessPublishColdStartBudget</c>, likewise for memory), which
    /// wins over the shared older name (<c>ServerlessColdStartBudget</c>, <c>ServerlessMemoryBudget</c>). A value that is not a finite number greater than zero is an error
    /// with the property's own code (<see cref="DiagnosticCodes.InvalidColdStartBudget"/>,
    /// <see cref="DiagnosticCodes.InvalidPackageSizeBudget"/>, <see cref="DiagnosticCodes.InvalidMemoryBudget"/>,
    /// <see cref="DiagnosticCodes.InvalidMonthlyCostBudget"/>); a severity other than <c>error</c> or <c>warning</c>
    /// (any case) is <see cref="DiagnosticCodes.InvalidBudgetSeverity"/>. Numbers use the invariant culture (a dot
    /// for decimals), whatever the machine's locale.
    /// </summary>
    public static BudgetParseResult Parse(BudgetInputs inputs, MeasurementKind kind)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var defaults = FunctionBudgets.DefaultsFor(kind);
        var diagnostics = new List<ServerlessDiagnostic>();
        var coldStart = new BudgetNumber("ColdStartBudget", "milliseconds", "100", DiagnosticCodes.InvalidColdStartBudget);
        var memory = new BudgetNumber("MemoryBudget", "megabytes", "64", DiagnosticCodes.InvalidMemoryBudget);
        var budgets = new FunctionBudgets(
            coldStart.Read(kind, inputs.BuildColdStartBudget, inputs.PublishColdStartBudget, inputs.ColdStartBudget, defaults.ColdStartMs, diagnostics),
            Number(inputs.PackageSizeBudget, "ServerlessPackageSizeBudget", "megabytes (1 MB = 1,000,000 bytes)", "10", DiagnosticCodes.InvalidPackageSizeBudget, defaults.PackageSizeMb, diagnostics),
            memory.Read(kind, inputs.BuildMemoryBudget, inputs.PublishMemoryBudget, inputs.MemoryBudget, defaults.MemoryMb, diagnostics),
            Money(inputs.MonthlyCostBudget, defaults.MonthlyCostUsd, diagnostics),
            Severity(inputs.BudgetSeverity, defaults.Severity, diagnostics));
        return new BudgetParseResult(budgets, diagnostics);
    }

    /// <summary>
    /// A budget with a build property (<c>ServerlessBuild&lt;name&gt;</c>, the JIT estimate), a publish property
    /// (<c>ServerlessPublish&lt;name&gt;</c>, the Native AOT artifact) and the older shared one
    /// (<c>Serverless&lt;name&gt;</c>) they both fall back to. All three are validated whatever the kind, so the early
    /// check of a build also catches a bad publish budget.
    /// </summary>
    private sealed record BudgetNumber(string Name, string Unit, string Example, string Code)
    {
        public double? Read(MeasurementKind kind, string? build, string? publish, string? shared, double? fallback, List<ServerlessDiagnostic> diagnostics)
        {
            var sharedValue = Number(shared, $"Serverless{Name}", Unit, Example, Code, fallback, diagnostics);
            var buildValue = Number(build, $"ServerlessBuild{Name}", Unit, Example, Code, sharedValue, diagnostics);
            var publishValue = Number(publish, $"ServerlessPublish{Name}", Unit, Example, Code, sharedValue, diagnostics);
            return kind == MeasurementKind.Publish ? publishValue : buildValue;
        }
    }

    private static double? Number(
        string? raw, string property, string unit, string example, string code, double? fallback, List<ServerlessDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0)
        {
            return value;
        }

        diagnostics.Add(Invalid(code, property, raw, $"a number of {unit} greater than zero, such as {example}", fallback?.ToString(CultureInfo.InvariantCulture)));
        return fallback;
    }

    private static decimal? Money(string? raw, decimal? fallback, List<ServerlessDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (decimal.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        diagnostics.Add(Invalid(
            DiagnosticCodes.InvalidMonthlyCostBudget, "ServerlessMonthlyCostBudget", raw, "an amount of US dollars greater than zero, such as 25 or 4.50",
            fallback?.ToString(CultureInfo.InvariantCulture)));
        return fallback;
    }

    private static DiagnosticSeverity Severity(string? raw, DiagnosticSeverity fallback, List<ServerlessDiagnostic> diagnostics)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case null or "":
                return fallback;
            case "error":
                return DiagnosticSeverity.Error;
            case "warning":
                return DiagnosticSeverity.Warning;
            default:
                diagnostics.Add(Invalid(
                    DiagnosticCodes.InvalidBudgetSeverity, "ServerlessBudgetSeverity", raw, "error or warning", fallback.ToString().ToLowerInvariant()));
                return fallback;
        }
    }

    private static ServerlessDiagnostic Invalid(string code, string property, string raw, string expected, string? fallback) => ServerlessDiagnostic.Error(
        code,
        $"{property} is '{raw}', which is not {expected}; set it to one, or leave it empty for the default ({fallback ?? "no budget"}).");
}
