namespace ServerlessSdk.Tooling.Tuning;

/// <summary>
/// The CPU Lambda gives a memory size: in proportion to memory, one vCPU at 1,769 MB, up to six at 10,240 MB. A local
/// run can give no more than the machine has, so the share is also capped at its cores.
/// </summary>
public static class CpuShare
{
    /// <summary>The memory size that gets one full vCPU.</summary>
    public const int MegabytesPerVcpu = 1769;

    /// <summary>The most vCPUs Lambda gives a function (at 10,240 MB).</summary>
    public const double MaxVcpus = 6;

    /// <summary>The vCPUs <paramref name="memoryMb"/> gets on Lambda, capped at <see cref="MaxVcpus"/> and at <paramref name="machineCores"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Memory or cores are not positive.</exception>
    public static double For(int memoryMb, int machineCores)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(memoryMb);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(machineCores);
        return Math.Min(Math.Min((double)memoryMb / MegabytesPerVcpu, MaxVcpus), machineCores);
    }

    /// <summary>True when the machine cannot give <paramref name="memoryMb"/> its full Lambda share (the figure is capped).</summary>
    public static bool IsCapped(int memoryMb, int machineCores) =>
        Math.Min((double)memoryMb / MegabytesPerVcpu, MaxVcpus) > machineCores;
}
