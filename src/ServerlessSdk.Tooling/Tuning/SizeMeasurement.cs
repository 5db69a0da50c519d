namespace ServerlessSdk.Tooling.Tuning;

/// <summary>What one memory size measured locally, with the CPU limited to its share.</summary>
/// <param name="MemoryMb">The memory size.</param>
/// <param name="Vcpus">The CPU share it ran with (<see cref="CpuShare.For"/>).</param>
/// <param name="InitMs">Exec to the first request for an invocation.</param>
/// <param name="ColdInvocationMs">The first invocation alone; init plus this is the cold start.</param>
/// <param name="WarmMs">Each warm invocation, in order.</param>
public sealed record SizeMeasurement(int MemoryMb, double Vcpus, double InitMs, double ColdInvocationMs, IReadOnlyList<double> WarmMs)
{
    /// <summary>Init plus the first invocation.</summary>
    public double ColdStartMs => InitMs + ColdInvocationMs;

    /// <summary>The median warm invocation (the cold one when there were no warm ones).</summary>
    public double WarmMedianMs
    {
        get
        {
            if (WarmMs.Count == 0)
            {
                return ColdInvocationMs;
            }

            var sorted = WarmMs.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
