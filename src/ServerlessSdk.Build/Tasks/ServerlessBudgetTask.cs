using ServerlessSdk.Tooling.Budgets;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// The budget properties, as the targets pass them (raw strings; <see cref="Tooling.Settings.ProjectSettings"/>
/// parses them), shared by the tasks that check and apply budgets so the two never take different sets.
/// </summary>
public abstract class ServerlessBudgetTask : Microsoft.Build.Utilities.Task
{
    /// <summary><c>ServerlessColdStartBudget</c> (ms; either step, where it has no property of its own).</summary>
    public string? ColdStartBudget { get; set; }

    /// <summary><c>ServerlessBuildColdStartBudget</c> (ms, the JIT build's probe).</summary>
    public string? BuildColdStartBudget { get; set; }

    /// <summary><c>ServerlessPublishColdStartBudget</c> (ms, the published bootstrap's probe).</summary>
    public string? PublishColdStartBudget { get; set; }

    /// <summary><c>ServerlessPackageSizeBudget</c> (MB zipped).</summary>
    public string? PackageSizeBudget { get; set; }

    /// <summary><c>ServerlessMemoryBudget</c> (MB peak RSS; either step, where it has no property of its own).</summary>
    public string? MemoryBudget { get; set; }

    /// <summary><c>ServerlessBuildMemoryBudget</c> (MB peak RSS, the JIT build's probe).</summary>
    public string? BuildMemoryBudget { get; set; }

    /// <summary><c>ServerlessPublishMemoryBudget</c> (MB peak RSS, the published bootstrap's probe).</summary>
    public string? PublishMemoryBudget { get; set; }

    /// <summary><c>ServerlessMonthlyCostBudget</c> (USD).</summary>
    public string? MonthlyCostBudget { get; set; }

    /// <summary><c>ServerlessBudgetSeverity</c>: <c>error</c> or <c>warning</c>.</summary>
    public string? BudgetSeverity { get; set; }

    /// <summary>The budget properties as the settings parser takes them.</summary>
    protected BudgetInputs BudgetInputs() => new()
    {
        ColdStartBudget = ColdStartBudget,
        BuildColdStartBudget = BuildColdStartBudget,
        PublishColdStartBudget = PublishColdStartBudget,
        PackageSizeBudget = PackageSizeBudget,
        MemoryBudget = MemoryBudget,
        BuildMemoryBudget = BuildMemoryBudget,
        PublishMemoryBudget = PublishMemoryBudget,
        MonthlyCostBudget = MonthlyCostBudget,
        BudgetSeverity = BudgetSeverity,
    };
}
