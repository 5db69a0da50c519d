namespace ServerlessSdk.Tooling.Cost;

/// <summary>What <see cref="CostEstimator.Estimate"/> needs: measured durations and the expected traffic.</summary>
/// <param name="WarmDurationMs">One warm invocation's duration, in milliseconds (the probe's warm median); billed rounded up to a whole ms.</param>
/// <param name="InitDurationMs">The INIT phase, in milliseconds (the probe's init median); billed, rounded up, on every cold start.</param>
/// <param name="MemoryMb">The configured memory size, in MB (GB = MB / 1,024).</param>
/// <param name="MonthlyInvocations">Invocations per month.</param>
/// <param name="ColdStartRate">The fraction of invocations that start a new execution environment, 0 to 1.</param>
public sealed record CostInputs(double WarmDurationMs, double InitDurationMs, int MemoryMb, long MonthlyInvocations, double ColdStartRate)
{
    /// <summary><c>ServerlessExpectedMonthlyInvocations</c> when not set (<see cref="Settings.SettingDefaults.MonthlyInvocations"/>).</summary>
    public const long DefaultMonthlyInvocations = Settings.SettingDefaults.MonthlyInvocations;

    /// <summary><c>ServerlessColdStartRate</c> when not set (<see cref="Settings.SettingDefaults.ColdStartRate"/>).</summary>
    public const double DefaultColdStartRate = Settings.SettingDefaults.ColdStartRate;

    /// <summary><c>ServerlessMemorySize</c> when not set: 256 MB (<see cref="Settings.SettingDefaults.MemoryMb"/>).</summary>
    public const int DefaultMemoryMb = Settings.SettingDefaults.MemoryMb;
}
