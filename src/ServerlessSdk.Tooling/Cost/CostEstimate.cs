namespace ServerlessSdk.Tooling.Cost;

/// <summary>A monthly cost estimate on both architectures, and the billed quantities behind it.</summary>
/// <param name="MonthlyInvocations">Invocations per month.</param>
/// <param name="MemoryMb">The configured memory size, in MB.</param>
/// <param name="ColdStartRate">The fraction of invocations assumed cold.</param>
/// <param name="BilledWarmMs">Each invocation's billed duration: the warm duration rounded up to a whole millisecond.</param>
/// <param name="BilledInitMs">Each cold start's billed INIT duration, rounded up to a whole millisecond.</param>
/// <param name="GbSeconds">The month's billed compute: invocations × warm + cold starts × init, in seconds, × memory in GB.</param>
/// <param name="X86_64">The cost on x86_64.</param>
/// <param name="Arm64">The cost on arm64.</param>
/// <param name="Region">The region whose prices were used (<see cref="LambdaPricing.Region"/>).</param>
/// <param name="PricesAsOf">When those prices were recorded (<see cref="LambdaPricing.PricesAsOf"/>).</param>
public sealed record CostEstimate(
    long MonthlyInvocations,
    int MemoryMb,
    double ColdStartRate,
    long BilledWarmMs,
    long BilledInitMs,
    decimal GbSeconds,
    ArchitectureCost X86_64,
    ArchitectureCost Arm64,
    string Region,
    DateOnly PricesAsOf)
{
    /// <summary>The cost on the architecture Lambda names <paramref name="architecture"/> (<c>x86_64</c> or <c>arm64</c>, any case).</summary>
    /// <exception cref="ArgumentException">Neither.</exception>
    public ArchitectureCost For(string architecture) =>
        string.Equals(architecture, X86_64.Architecture, StringComparison.OrdinalIgnoreCase) ? X86_64
        : string.Equals(architecture, Arm64.Architecture, StringComparison.OrdinalIgnoreCase) ? Arm64
        : throw new ArgumentException($"'{architecture}' is not a Lambda architecture.", nameof(architecture));
}
