namespace ServerlessSdk.Tooling.Budgets;

/// <summary>What a budget limits.</summary>
public enum BudgetKind
{
    /// <summary>The median cold start (<c>ServerlessColdStartBudget</c>), in milliseconds.</summary>
    ColdStart,

    /// <summary>The zipped package (<c>ServerlessPackageSizeBudget</c>), in MB of 1,000,000 bytes.</summary>
    PackageSize,

    /// <summary>The peak resident memory (<c>ServerlessMemoryBudget</c>), in MB of 1,048,576 bytes.</summary>
    Memory,

    /// <summary>The estimated monthly cost (<c>ServerlessMonthlyCostBudget</c>), in US dollars.</summary>
    MonthlyCost,
}
