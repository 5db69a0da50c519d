using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Tuning;

namespace ServerlessSdk.Cli.Tests.Tuning;

/// <summary>A fact that needs to create CPU cgroups; skipped, saying why, only on a machine where that is not allowed.</summary>
public sealed class CgroupFactAttribute : FactAttribute
{
    public CgroupFactAttribute()
    {
        if (WhyNotWritable.Value is { } reason)
        {
            Skip = "cgroups are not writable here, so tune cannot limit the CPU: " + reason;
        }
    }

    private static readonly Lazy<string?> WhyNotWritable = new(() =>
    {
        try
        {
            var (parent, version) = CpuCgroup.Locate("/sys/fs/cgroup", File.ReadAllText("/proc/self/cgroup"));
            using var _ = CpuCgroup.Create(parent, version, $"serverless-tune-probe-{Environment.ProcessId}", 1);
            return null;
        }
        catch (Exception ex) when (ex is ToolException or IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    });
}
