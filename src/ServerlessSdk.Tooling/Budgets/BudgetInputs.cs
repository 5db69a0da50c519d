namespace ServerlessSdk.Tooling.Budgets;

/// <summary>
/// The budget properties exactly as MSBuild passes them: strings, empty when the project does not set them.
/// <see cref="BudgetParser.Parse"/> validates them.
/// </summary>
public sealed record BudgetInputs
{
    /// <summary>
    /// <c>ServerlessColdStartBudget</c>: the largest median cold start, in milliseconds, for a build and a publish
    /// alike unless <see cref="BuildColdStartBudget"/> or <see cref="PublishColdStartBudget"/> says otherwise. Kept
    /// so existing projects keep working; a JIT build and a Native AOT publish need different figures.
    /// </summary>
    public string? ColdStartBudget { get; init; }

    /// <summary><c>ServerlessBuildColdStartBudget</c>: the cold start budget of <c>dotnet build</c>'s JIT estimate, in milliseconds.</summary>
    public string? BuildColdStartBudget { get; init; }

    /// <summary><c>ServerlessPublishColdStartBudget</c>: the cold start budget of the published Native AOT bootstrap, in milliseconds.</summary>
    public string? PublishColdStartBudget { get; init; }

    /// <summary><c>ServerlessPackageSizeBudget</c>: the largest zipped package, in MB of 1,000,000 bytes.</summary>
    public string? PackageSizeBudget { get; init; }

    /// <summary>
    /// <c>ServerlessMemoryBudget</c>: the largest peak resident memory, in MB of 1,048,576 bytes (Lambda's memory
    /// unit), for a build and a publish alike unless <see cref="BuildMemoryBudget"/> or <see cref="PublishMemoryBudget"/> says otherwise.
    /// </summary>
    public string? MemoryBudget { get; init; }

    /// <summary><c>ServerlessBuildMemoryBudget</c>: the peak memory budget of <c>dotnet build</c>'s JIT probe, in MB; wins over <see cref="MemoryBudget"/>.</summary>
    public string? BuildMemoryBudget { get; init; }

    /// <summary><c>ServerlessPublishMemoryBudget</c>: the peak memory budget of the published bootstrap, in MB; wins over <see cref="MemoryBudget"/>.</summary>
    public string? PublishMemoryBudget { get; init; }

    /// <summary><c>ServerlessMonthlyCostBudget</c>: the largest estimated monthly cost, in US dollars.</summary>
    public string? MonthlyCostBudget { get; init; }

    /// <summary><c>ServerlessBudgetSeverity</c>: <c>error</c> or <c>warning</c>, how a breached budget is reported.</summary>
    public string? BudgetSeverity { get; init; }
}
