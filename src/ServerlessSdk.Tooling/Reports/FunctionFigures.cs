using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// What the startup probe measured for one function of a bootstrap that hosts several (run with
/// <c>SERVERLESS_FUNCTION</c> set to its name and the default event of its first trigger), its cost and its budgets.
/// The package is shared, so it stays on <see cref="ServerlessReport"/>. Properties are serialised in declaration
/// order, so keep new ones at the end.
/// </summary>
public sealed record FunctionFigures
{
    /// <summary>The function's name in the manifest, the value of <c>SERVERLESS_FUNCTION</c> it was probed with.</summary>
    public required string Name { get; init; }

    /// <summary>The sample event type it was probed with (<see cref="SampleEvents.TriggerTypes"/>).</summary>
    public required string TriggerType { get; init; }

    /// <summary>The memory size its cost is billed at: the function's own <c>MemorySize</c>, else the project's.</summary>
    public required int MemoryMb { get; init; }

    /// <summary>The probe's figures; null when no run of this function responded.</summary>
    public StartupFigures? Startup { get; init; }

    /// <summary>The monthly cost estimate at the project's traffic; null without startup figures.</summary>
    public CostEstimate? Cost { get; init; }

    /// <summary>One check per budget kind, this function's figures against the project's budgets (the package is shared).</summary>
    public IReadOnlyList<BudgetCheck> Budgets { get; init; } = [];

    /// <summary>How many of this function's budgets were exceeded.</summary>
    public int BudgetsExceeded => Budgets.Count(check => check.Status == BudgetStatus.Exceeded);
    /// <summary>On Azure, the Flex Consumption estimate at the project's traffic (<see cref="Cost"/> stays null); null on AWS.</summary>
    public AzureCostEstimate? AzureCost { get; init; }

    /// <summary>The estimated monthly cost on <paramref name="architecture"/> (Lambda), or Azure's; null when not estimated.</summary>
    public decimal? EstimatedMonthlyUsd(string architecture) => Cost?.For(architecture).TotalUsd ?? AzureCost?.Total;
}
