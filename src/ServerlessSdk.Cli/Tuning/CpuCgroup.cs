using System.Globalization;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Tuning;

/// <summary>Which cgroup interface limits CPU here.</summary>
internal enum CgroupVersion
{
    /// <summary>The v1 <c>cpu</c> controller: <c>cpu.cfs_quota_us</c> and <c>cpu.cfs_period_us</c>.</summary>
    V1,

    /// <summary>The unified hierarchy: <c>cpu.max</c> holds "quota period".</summary>
    V2,
}

/// <summary>
/// A child cgroup whose CPU quota is a memory size's vCPU share: the function runs in it from exec to exit, through a
/// <c>/bin/sh</c> wrapper that moves itself into the group and then execs the bootstrap. Disposing removes the group.
/// The paths come from a root folder and the text of <c>/proc/self/cgroup</c>, so tests use a fake folder.
/// </summary>
internal sealed class CpuCgroup : IDisposable
{
    /// <summary>The scheduling period: 100 ms, the kernel's default.</summary>
    public const long PeriodMicroseconds = 100_000;

    /// <summary>The kernel refuses quotas under 1 ms.</summary>
    public const long MinQuotaMicroseconds = 1_000;

    // $1 is the group's cgroup.procs, the rest is the function's command line; $$ is the shell, which exec replaces.
    private const string WrapperScript = "echo $$ > \"$1\" || exit 125; shift; exec \"$@\"";

    private readonly IReadOnlyList<string> _writtenFiles;

    private CpuCgroup(string path, IReadOnlyList<string> writtenFiles)
    {
        Path = path;
        _writtenFiles = writtenFiles;
    }

    /// <summary>The group's folder.</summary>
    public string Path { get; }

    /// <summary>
    /// Where this process may create child groups with a CPU quota: the v1 <c>cpu</c> hierarchy when it is mounted,
    /// else the v2 group this process is in (the cpu controller enabled for its children). SLS6140 when neither.
    /// </summary>
    /// <param name="root">Where cgroups are mounted (<c>/sys/fs/cgroup</c>).</param>
    /// <param name="selfCgroup">The text of <c>/proc/self/cgroup</c>.</param>
    public static (string Parent, CgroupVersion Version) Locate(string root, string selfCgroup)
    {
        var lines = selfCgroup.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(':', 3)).Where(p => p.Length == 3).ToList();
        foreach (var mount in new[] { "cpu", "cpu,cpuacct", "cpuacct,cpu" })
        {
            var hierarchy = System.IO.Path.Combine(root, mount);
            if (File.Exists(System.IO.Path.Combine(hierarchy, "cpu.cfs_quota_us")))
            {
                var own = lines.FirstOrDefault(p => p[1].Split(',').Contains("cpu"))?[2];
                return (Nested(hierarchy, own), CgroupVersion.V1);
            }
        }

        if (File.Exists(System.IO.Path.Combine(root, "cgroup.controllers")))
        {
            var parent = Nested(root, lines.FirstOrDefault(p => p[0] == "0" && p[1].Length == 0)?[2]);
            var controllers = Read(System.IO.Path.Combine(parent, "cgroup.controllers"));
            if (!controllers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("cpu"))
            {
                throw Unavailable($"the cgroup v2 group {parent} has no cpu controller (cgroup.controllers: '{controllers.Trim()}').");
            }

            return (parent, CgroupVersion.V2);
        }

        throw Unavailable($"{root} has neither a cgroup v1 cpu hierarchy nor a cgroup v2 mount.");
    }

    /// <summary>The files and contents that set a quota of <paramref name="vcpus"/> CPUs.</summary>
    public static IReadOnlyList<(string File, string Content)> QuotaFiles(CgroupVersion version, double vcpus)
    {
        var quota = QuotaMicroseconds(vcpus).ToString(CultureInfo.InvariantCulture);
        var period = PeriodMicroseconds.ToString(CultureInfo.InvariantCulture);
        return version == CgroupVersion.V1
            ? [("cpu.cfs_period_us", period), ("cpu.cfs_quota_us", quota)]
            : [("cpu.max", $"{quota} {period}")];
    }

    /// <summary>CPU time per period for <paramref name="vcpus"/> CPUs, at least <see cref="MinQuotaMicroseconds"/>.</summary>
    public static long QuotaMicroseconds(double vcpus) => Math.Max(MinQuotaMicroseconds, (long)Math.Round(vcpus * PeriodMicroseconds));

    /// <summary>Creates the child group <paramref name="name"/> of <paramref name="parent"/> limited to <paramref name="vcpus"/> CPUs (SLS6140 when not allowed).</summary>
    public static CpuCgroup Create(string parent, CgroupVersion version, string name, double vcpus)
    {
        var path = System.IO.Path.Combine(parent, name);
        try
        {
            if (version == CgroupVersion.V2)
            {
                EnableCpuForChildren(parent);
            }

            Directory.CreateDirectory(path);
            var written = new List<string>();
            foreach (var (file, content) in QuotaFiles(version, vcpus))
            {
                var target = System.IO.Path.Combine(path, file);
                File.WriteAllText(target, content);
                written.Add(target);
            }

            return new CpuCgroup(path, written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unavailable($"cannot create the cgroup {path}: {ex.Message} Run as root, or in a container or systemd scope that delegates the cpu controller.");
        }
    }

    /// <summary><paramref name="command"/>, started through the wrapper that joins this group first.</summary>
    public FunctionCommand Wrap(FunctionCommand command) => command with
    {
        FileName = "/bin/sh",
        Arguments = ["-c", WrapperScript, "serverless-tune", System.IO.Path.Combine(Path, "cgroup.procs"), command.FileName, .. command.Arguments],
    };

    /// <summary>Removes the group; its processes have exited. A real cgroup folder goes with rmdir alone, a fake one needs its files deleted.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path);
        }
        catch (IOException)
        {
            try
            {
                foreach (var file in _writtenFiles.Append(System.IO.Path.Combine(Path, "cgroup.procs")).Where(File.Exists))
                {
                    File.Delete(file);
                }

                Directory.Delete(Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left behind; an empty cgroup costs nothing and the next run uses another name.
            }
        }
        catch (UnauthorizedAccessException)
        {
            // as above
        }
    }

    private static void EnableCpuForChildren(string parent)
    {
        var control = System.IO.Path.Combine(parent, "cgroup.subtree_control");
        if (!Read(control).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("cpu"))
        {
            File.WriteAllText(control, "+cpu");
        }
    }

    /// <summary>The process's own group under the mount when it is visible there (not in a container that hides the host's path).</summary>
    private static string Nested(string mount, string? own)
    {
        if (string.IsNullOrEmpty(own) || own == "/")
        {
            return mount;
        }

        var nested = System.IO.Path.Combine(mount, own.TrimStart('/'));
        return Directory.Exists(nested) ? nested : mount;
    }

    private static string Read(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllText(file) : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unavailable($"cannot read {file}: {ex.Message}");
        }
    }

    private static ToolException Unavailable(string why) => ToolException.Error(DiagnosticCodes.CpuLimitUnavailable,
        $"tune cannot limit the function's CPU: {why} It needs a writable cgroup v1 cpu controller or cgroup v2 cpu.max (Linux).");
}
