using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Tuning;

namespace ServerlessSdk.Tooling.Tests.Tuning;

public sealed class PowerTuningTests
{
    private const double InitMs = 50;

    [Theory]
    [InlineData(1769, 8, 1.0)]
    [InlineData(128, 8, 128.0 / 1769)]
    [InlineData(3538, 8, 2.0)]
    [InlineData(10240, 16, 10240.0 / 1769)]
    [InlineData(3008, 1, 1.0)]
    public void The_cpu_share_is_memory_over_1769_MB_capped_at_the_machine(int memoryMb, int cores, double expected)
    {
        Assert.Equal(expected, CpuShare.For(memoryMb, cores), 6);
    }

    [Fact]
    public void A_share_above_the_machines_cores_is_marked_capped()
    {
        Assert.True(CpuShare.IsCapped(3008, 1));
        Assert.False(CpuShare.IsCapped(1769, 1));
        Assert.Equal(CpuShare.MaxVcpus, CpuShare.For(10240 * 2, 64)); // Lambda's ceiling, were there such a size
    }

    [Fact]
    public void Sizes_parse_sorted_without_repeats()
    {
        Assert.Equal([128, 512, 1769], PowerTuning.ParseSizes("512, 128,1769,128"));
    }

    [Theory]
    [InlineData("64")]
    [InlineData("10241")]
    [InlineData("512MB")]
    [InlineData("-128")]
    [InlineData(" , ")]
    public void Sizes_outside_Lambdas_range_or_not_numbers_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => PowerTuning.ParseSizes(text));
    }

    [Fact]
    public void The_recommendation_follows_the_prices()
    {
        // GB-s per invocation: 128 → 0.25, 256 → 0.2, 512 → 0.18 (cheapest), 1024 → 0.2, 1769 → 0.1866, 3008 → 0.29 (fastest).
        var report = Analyse((128, 2000), (256, 800), (512, 360), (1024, 200), (1769, 108), (3008, 100));

        foreach (var recommendation in report.Recommendations)
        {
            Assert.Equal(512, recommendation.CheapestMb);
            Assert.Equal(3008, recommendation.FastestMb);
            // Within 10% of 100 ms: 1769 (108 ms) and 3008; 1769 is the cheaper.
            Assert.Equal(1769, recommendation.BalancedMb);
        }

        Assert.Equal(["x86_64", "arm64"], report.Recommendations.Select(r => r.Architecture));
    }

    [Fact]
    public void Balanced_is_the_fastest_when_nothing_else_is_within_ten_percent()
    {
        var report = Analyse((512, 400), (1024, 250), (1769, 200));

        var x86 = report.Recommendations[0];
        Assert.Equal(1769, x86.FastestMb);
        Assert.Equal(1769, x86.BalancedMb);
        Assert.Equal(512, x86.CheapestMb); // 0.5 GB × 0.4 s = 0.2 GB-s against 0.25 and 0.345
    }

    [Fact]
    public void Each_size_is_priced_by_the_cost_estimator_with_its_warm_median_and_init()
    {
        var report = Analyse((512, 360), (1024, 200));

        var expected = CostEstimator.Estimate(new CostInputs(360, InitMs, 512, PowerTuning.PricedInvocations, CostInputs.DefaultColdStartRate));
        var size = report.Sizes[0];
        Assert.Equal(expected.X86_64.TotalUsd, size.X86_64UsdPerMillion);
        Assert.Equal(expected.Arm64.TotalUsd, size.Arm64UsdPerMillion);
        Assert.True(size.Arm64UsdPerMillion < size.X86_64UsdPerMillion);
    }

    [Fact]
    public void The_warm_median_is_the_middle_invocation()
    {
        Assert.Equal(20, new SizeMeasurement(128, 0.07, 5, 40, [30, 10, 20]).WarmMedianMs);
        Assert.Equal(15, new SizeMeasurement(128, 0.07, 5, 40, [30, 10, 20, 5]).WarmMedianMs);
        Assert.Equal(45, new SizeMeasurement(128, 0.07, 5, 40, [30]).ColdStartMs);
    }

    [Fact]
    public void The_report_round_trips_through_json_and_renders_a_chart()
    {
        var report = Analyse((128, 1400), (1769, 100));

        var read = TuningJson.Read(TuningJson.Write(report));
        Assert.Equal(report.Sizes, read.Sizes);
        Assert.Equal(report.Recommendations, read.Recommendations);

        var html = TuningHtmlWriter.Write(report);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("1769 MB", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(PowerTuning.Caveat), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    private static TuningReport Analyse(params (int MemoryMb, double WarmMs)[] sizes) => PowerTuning.Analyse(
        "f",
        [.. sizes.Select(s => new SizeMeasurement(s.MemoryMb, CpuShare.For(s.MemoryMb, 8), InitMs, s.WarmMs, [s.WarmMs, s.WarmMs]))],
        8,
        DateTimeOffset.UnixEpoch);
}
