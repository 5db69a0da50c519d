using System.Text.Json;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Tuning;

public sealed class TuneTests
{
    [Theory]
    [InlineData("--memory", "64")]
    [InlineData("--memory", "128,big")]
    [InlineData("--warm", "0")]
    public void Bad_sizes_or_warm_counts_are_SLS6141_before_any_build(string option, string value)
    {
        var result = Tool.Run(Path.GetTempPath(), "tune", option, value).ShouldExitWith(2);

        Assert.Contains("SLS6141", result.Codes);
    }

    /// <summary>
    /// The one end-to-end run: publish the sample with Native AOT and tune its CPU-bound function at two sizes. The
    /// machine is shared, so the timing check is a coarse ratio: 128 MB gets 1/13.8 of 1769 MB's CPU.
    /// </summary>
    [CgroupFact]
    public void Tune_measures_a_cpu_bound_function_slower_at_smaller_sizes_and_writes_the_report_files()
    {
        using var copy = new SampleCopy();

        var result = Tool.Run(Tool.StartInfo(copy.ProjectDirectory, "tune", "-f", "Crunch", "--memory", "1769,128", "--warm", "3", "--json"), null, TimeSpan.FromMinutes(10))
            .ShouldExitWith(0);

        using var document = JsonDocument.Parse(result.Output);
        var sizes = document.RootElement.GetProperty("sizes").EnumerateArray().ToList();
        Assert.Equal([128, 1769], sizes.Select(s => s.GetProperty("memoryMb").GetInt32()));
        var small = sizes[0].GetProperty("warmMedianMs").GetDouble();
        var large = sizes[1].GetProperty("warmMedianMs").GetDouble();
        Assert.True(small >= 3 * large, $"warm median 128 MB {small:0.0} ms, 1769 MB {large:0.0} ms: expected at least 3× slower at 128 MB.");
        Assert.True(sizes[0].GetProperty("coldStartMs").GetDouble() > sizes[1].GetProperty("coldStartMs").GetDouble());
        var x86 = document.RootElement.GetProperty("recommendations")[0];
        Assert.Equal("x86_64", x86.GetProperty("architecture").GetString());
        Assert.Equal(1769, x86.GetProperty("fastestMb").GetInt32());

        var folder = Path.Combine(copy.ProjectDirectory, "bin", "Release", "net10.0", "linux-x64");
        Assert.True(File.Exists(Path.Combine(folder, "serverless-tune.json")), result.Error);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "serverless-tune.html")), StringComparison.Ordinal);
        if (Directory.Exists("/sys/fs/cgroup/cpu"))
        {
            Assert.DoesNotContain(Directory.EnumerateDirectories("/sys/fs/cgroup/cpu"), d => Path.GetFileName(d).StartsWith("serverless-tune-", StringComparison.Ordinal));
        }
    }
}
