namespace ServerlessSdk.Tooling.Cost;

/// <summary>What <see cref="CostEstimator.Estimate"/> needs: measured durations and the expected traffic.</summary>
/// <param name="WarmDurationMs">One warm invocation's duration, in milliseconds (the probe's warm median); billed rounded up to a whole ms.</param>
/// <param name="InitDurationMs">The INIT phase, in milliseconds (the probe's init median); billed, rounded up, on every cold start.</param>
/// <param name="MemoryMb">The configured memory size, in MB (GB = MB / 1,024).</param>
/// <param name="MonthlyInvocations">Invocations per month.</param>
/// <param name="ColdStartRate">The fraction of invocations that start a new execution environment, 0 to 1.</param>
public sealed record CostInputs(double WarmDurationMs, double InitDurationMs, int MemoryMb, long MonthlyInvocations, double ColdStartRate)
{
    /// <summary><c>ServerlessExpectedMonthlyInvocations</c> when not set: 1,000,000, the free tier's request allowance.</summary>
    public const long DefaultMonthlyInvocations = 1_000_000;

    /// <summary>
    /// <c>ServerlessColdStartRate</c> when not set: 0.01, i.e. 1% of invocations are cold, a common rule of thumb for
    /// steady production traffic (AWS has described cold starts as under 1% of invocations); spiky or rare traffic
    /// sees far more.
    /// </summary>
    public const double DefaultColdStartRate = 0.01;

    /// <summary><c>ServerlessMemorySize</c> when not set: 128 MB, Lambda's default.</summary>
    public const int DefaultMemoryMb = 128;
}
