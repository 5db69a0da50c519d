namespace ServerlessSdk.Tooling.Tuning;

/// <summary>The sizes <see cref="PowerTuning.Analyse"/> recommends on one architecture.</summary>
/// <param name="Architecture">x86_64 or arm64.</param>
/// <param name="CheapestMb">The lowest price per million invocations (ties: the faster).</param>
/// <param name="FastestMb">The shortest warm median (ties: the cheaper).</param>
/// <param name="BalancedMb">The cheapest size whose warm median is within <see cref="PowerTuning.BalancedTolerance"/> of the fastest's.</param>
public sealed record TuningRecommendation(string Architecture, int CheapestMb, int FastestMb, int BalancedMb);
