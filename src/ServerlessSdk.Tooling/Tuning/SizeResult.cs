namespace ServerlessSdk.Tooling.Tuning;

/// <summary>One memory size: its measurement and what a million invocations would cost at it.</summary>
/// <param name="MemoryMb">The memory size.</param>
/// <param name="Vcpus">The CPU share it ran with.</param>
/// <param name="ColdStartMs">Init plus the first invocation.</param>
/// <param name="InitMs">Exec to the first request for an invocation.</param>
/// <param name="WarmMedianMs">The median warm invocation.</param>
/// <param name="WarmRuns">How many warm invocations the median is of.</param>
/// <param name="CpuCapped">True when the machine had fewer cores than the size gets on Lambda.</param>
/// <param name="X86_64UsdPerMillion">A million invocations on x86_64 (compute and requests, no free tier, the default cold-start rate).</param>
/// <param name="Arm64UsdPerMillion">The same on arm64.</param>
public sealed record SizeResult(
    int MemoryMb,
    double Vcpus,
    double ColdStartMs,
    double InitMs,
    double WarmMedianMs,
    int WarmRuns,
    bool CpuCapped,
    decimal X86_64UsdPerMillion,
    decimal Arm64UsdPerMillion)
{
    /// <summary>The price on the architecture Lambda names <paramref name="architecture"/>.</summary>
    public decimal UsdPerMillion(string architecture) =>
        string.Equals(architecture, Platform.LambdaInstructionSet.Arm64.Name, StringComparison.OrdinalIgnoreCase) ? Arm64UsdPerMillion : X86_64UsdPerMillion;
}
