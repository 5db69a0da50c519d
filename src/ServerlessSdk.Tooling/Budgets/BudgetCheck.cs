namespace ServerlessSdk.Tooling.Budgets;

/// <summary>One budget compared with its measurement.</summary>
/// <param name="Kind">What is limited.</param>
/// <param name="Property">The MSBuild property that sets the budget.</param>
/// <param name="Unit">The unit of <paramref name="Measured"/> and <paramref name="Limit"/>: <c>ms</c>, <c>MB</c> or <c>USD</c>.</param>
/// <param name="Measured">The figure compared (for cold start the median, for memory the largest peak); null when not measured.</param>
/// <param name="Limit">The budget; null when none is set.</param>
/// <param name="Status">The verdict.</param>
public sealed record BudgetCheck(BudgetKind Kind, string Property, string Unit, double? Measured, double? Limit, BudgetStatus Status);
