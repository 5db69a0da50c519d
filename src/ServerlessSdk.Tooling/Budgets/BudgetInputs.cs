namespace ServerlessSdk.Tooling.Budgets;

/// <summary>
/// The budget properties exactly as MSBuild passes them: strings, empty when the project does not set them.
/// <see cref="BudgetParser.Parse"/> validates them.
/// </summary>
public sealed record BudgetInputs
{
    /// <summary><c>ServerlessColdStartBudget</c>: the largest median cold start, in milliseconds.</summary>
    public string? ColdStartBudget { get; init; }

    /// <summary><c>ServerlessPackageSizeBudget</c>: the largest zipped package, in MB of 1,000,000 bytes.</summary>
    public string? PackageSizeBudget { get; init; }

    /// <summary><c>ServerlessMemoryBudget</c>: the largest peak resident memory, in MB of 1,048,576 bytes (Lambda's memory unit).</summary>
    public string? MemoryBudget { get; init; }

    /// <summary><c>ServerlessMonthlyCostBudget</c>: the largest estimated monthly cost, in US dollars.</summary>
    public string? MonthlyCostBudget { get; init; }

    /// <summary><c>ServerlessBudgetSeverity</c>: <c>error</c> or <c>warning</c>, how a breached budget is reported.</summary>
    public string? BudgetSeverity { get; init; }
}
