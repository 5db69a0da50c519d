namespace ServerlessSdk.Tooling.Budgets;

/// <summary>How a measurement compares with its budget.</summary>
public enum BudgetStatus
{
    /// <summary>Measured and at or under the budget.</summary>
    Within,

    /// <summary>Measured and over the budget.</summary>
    Exceeded,

    /// <summary>Measured, but no budget is set.</summary>
    NotSet,

    /// <summary>Not measured (the probe failed or was skipped), so not checked.</summary>
    NotMeasured,
}
