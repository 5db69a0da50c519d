using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Budgets;

/// <summary>The outcome of <see cref="BudgetEvaluator.Evaluate"/>.</summary>
/// <param name="Checks">One check per budget kind, in <see cref="BudgetKind"/> order.</param>
/// <param name="Diagnostics">One diagnostic per exceeded budget, with the budgets' severity.</param>
public sealed record BudgetEvaluation(IReadOnlyList<BudgetCheck> Checks, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>How many budgets were exceeded.</summary>
    public int ExceededCount => Checks.Count(check => check.Status == BudgetStatus.Exceeded);
}
