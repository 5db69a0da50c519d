using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Tuning;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.Cli.Tests.Tuning;

/// <summary>The cgroup paths and file formats, against a fake /sys/fs/cgroup in a temporary folder.</summary>
public sealed class CpuCgroupTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-cgroup-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Cgroup_v1_uses_the_cpu_hierarchy_and_writes_period_and_quota()
    {
        var cpu = Folder("cpu,cpuacct");
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), "-1");

        var (parent, version) = CpuCgroup.Locate(_root, "4:memory:/x\n2:cpu,cpuacct:/\n0::/\n");
        Assert.Equal((cpu, CgroupVersion.V1), (parent, version));

        using (var group = CpuCgroup.Create(parent, version, "g128", 128.0 / 1769))
        {
            Assert.Equal(Path.Combine(cpu, "g128"), group.Path);
            Assert.Equal("100000", File.ReadAllText(Path.Combine(group.Path, "cpu.cfs_period_us")));
            Assert.Equal("7236", File.ReadAllText(Path.Combine(group.Path, "cpu.cfs_quota_us")));
        }

        Assert.False(Directory.Exists(Path.Combine(cpu, "g128")));
    }

    [Fact]
    public void Cgroup_v1_nests_under_the_process_group_when_the_mount_shows_it()
    {
        var cpu = Folder("cpu");
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), "-1");
        var own = Folder("cpu/docker/abc");

        Assert.Equal(own, CpuCgroup.Locate(_root, "1:cpu:/docker/abc").Parent);
        // A container that sees the host's path but mounts only its own group: the mount is the parent.
        Assert.Equal(cpu, CpuCgroup.Locate(_root, "1:cpu:/kubepods/other").Parent);
    }

    [Fact]
    public void Cgroup_v2_uses_the_process_group_enables_cpu_for_children_and_writes_cpu_max()
    {
        File.WriteAllText(Path.Combine(_root, "cgroup.controllers"), "cpuset cpu io memory pids\n");
        var own = Folder("user.slice/session");
        File.WriteAllText(Path.Combine(own, "cgroup.controllers"), "cpu memory pids\n");
        File.WriteAllText(Path.Combine(own, "cgroup.subtree_control"), "memory\n");

        var (parent, version) = CpuCgroup.Locate(_root, "0::/user.slice/session\n");
        Assert.Equal((own, CgroupVersion.V2), (parent, version));

        using var group = CpuCgroup.Create(parent, version, "g3008", 2);
        Assert.Equal("200000 100000", File.ReadAllText(Path.Combine(group.Path, "cpu.max")));
        Assert.Equal("+cpu", File.ReadAllText(Path.Combine(own, "cgroup.subtree_control")));
    }

    [Fact]
    public void Cgroup_v2_without_the_cpu_controller_is_SLS6140()
    {
        File.WriteAllText(Path.Combine(_root, "cgroup.controllers"), "memory pids\n");

        var error = Assert.Throws<ToolException>(() => CpuCgroup.Locate(_root, "0::/\n"));
        Assert.Equal("SLS6140", error.Diagnostic.Code);
    }

    [Fact]
    public void Neither_cgroup_version_is_SLS6140()
    {
        var error = Assert.Throws<ToolException>(() => CpuCgroup.Locate(_root, ""));
        Assert.Equal("SLS6140", error.Diagnostic.Code);
    }

    [Fact]
    public void A_group_that_cannot_be_created_is_SLS6140()
    {
        var file = Path.Combine(_root, "not-a-folder");
        File.WriteAllText(file, "");

        var error = Assert.Throws<ToolException>(() => CpuCgroup.Create(file, CgroupVersion.V1, "g", 1));
        Assert.Equal("SLS6140", error.Diagnostic.Code);
    }

    [Fact]
    public void Quotas_are_the_share_of_a_100_ms_period_and_never_under_the_kernels_1_ms()
    {
        Assert.Equal(100_000, CpuCgroup.QuotaMicroseconds(1));
        Assert.Equal(1_000, CpuCgroup.QuotaMicroseconds(0.001));
        Assert.Equal([("cpu.max", "50000 100000")], CpuCgroup.QuotaFiles(CgroupVersion.V2, 0.5));
    }

    [Fact]
    public void The_wrapper_joins_the_group_then_execs_the_command_with_its_arguments()
    {
        var cpu = Folder("cpu");
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), "-1");
        using var group = CpuCgroup.Create(cpu, CgroupVersion.V1, "g", 1);
        var command = new FunctionCommand { FileName = "/bin/echo", Arguments = ["a b", "c"], TaskRoot = _root };

        var wrapped = group.Wrap(command);

        Assert.Equal("/bin/sh", wrapped.FileName);
        Assert.Equal(_root, wrapped.TaskRoot);
        Assert.Equal([Path.Combine(group.Path, "cgroup.procs"), "/bin/echo", "a b", "c"], wrapped.Arguments.Skip(3));
        // Run for real: the shell writes its pid to the (fake) cgroup.procs and becomes echo.
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(wrapped.FileName, wrapped.Arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal("a b c\n", output);
        Assert.Equal(process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(group.Path, "cgroup.procs")).Trim());
    }

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(_root, relative)).FullName;
}
