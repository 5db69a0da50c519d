using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Budgets;

/// <summary>The outcome of <see cref="BudgetParser.Parse"/>.</summary>
/// <param name="Budgets">The budgets; an invalid property keeps its default so the rest can still be checked.</param>
/// <param name="Diagnostics">One error per invalid property; empty when all are valid.</param>
public sealed record BudgetParseResult(FunctionBudgets Budgets, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>True when every property was valid.</summary>
    public bool Succeeded => Diagnostics.Count == 0;
}
