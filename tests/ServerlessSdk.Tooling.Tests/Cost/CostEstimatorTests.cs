using ServerlessSdk.Tooling.Cost;

namespace ServerlessSdk.Tooling.Tests.Cost;

public sealed class CostEstimatorTests
{
    [Fact]
    public void One_million_10_ms_invocations_at_128_mb_cost_what_the_price_list_says()
    {
        // 1,000,000 × 0.010 s × 0.125 GB = 1,250 GB-s
        // x86_64: 1,250 × $0.0000166667 = $0.020833375; requests: 1 × $0.20 = $0.20
        // arm64:  1,250 × $0.0000133334 = $0.01666675
        var estimate = CostEstimator.Estimate(new CostInputs(WarmDurationMs: 10, InitDurationMs: 0, MemoryMb: 128, MonthlyInvocations: 1_000_000, ColdStartRate: 0));

        Assert.Equal(1_250m, estimate.GbSeconds);
        Assert.Equal(0.020833375m, estimate.X86_64.ComputeUsd);
        Assert.Equal(0.20m, estimate.X86_64.RequestsUsd);
        Assert.Equal(0.220833375m, estimate.X86_64.TotalUsd);
        Assert.Equal(0.01666675m, estimate.Arm64.ComputeUsd);
        Assert.Equal(0.21666675m, estimate.Arm64.TotalUsd);
    }

    [Fact]
    public void The_free_tier_covers_a_million_requests_and_400000_gb_seconds()
    {
        // 1,250 GB-s and 1,000,000 requests are both inside the free tier.
        var estimate = CostEstimator.Estimate(new CostInputs(10, 0, 128, 1_000_000, 0));

        Assert.Equal(0m, estimate.X86_64.TotalWithFreeTierUsd);
        Assert.Equal(0m, estimate.Arm64.TotalWithFreeTierUsd);
    }

    [Fact]
    public void Above_the_free_tier_only_the_excess_is_charged()
    {
        // 10,000,000 × 0.200 s × 1 GB = 2,000,000 GB-s; billable 1,600,000 GB-s
        // x86_64: 2,000,000 × $0.0000166667 = $33.3334; with free tier 1,600,000 × $0.0000166667 = $26.66672
        // requests: 10 × $0.20 = $2.00; with free tier 9 × $0.20 = $1.80
        var estimate = CostEstimator.Estimate(new CostInputs(200, 0, 1024, 10_000_000, 0));

        Assert.Equal(2_000_000m, estimate.GbSeconds);
        Assert.Equal(35.3334m, estimate.X86_64.TotalUsd);
        Assert.Equal(28.46672m, estimate.X86_64.TotalWithFreeTierUsd);
    }

    [Fact]
    public void Durations_are_billed_in_whole_milliseconds_rounded_up()
    {
        // 0.3 ms bills as 1 ms; 12.01 ms as 13 ms.
        var estimate = CostEstimator.Estimate(new CostInputs(WarmDurationMs: 0.3, InitDurationMs: 12.01, 128, 1_000_000, 0.01));

        Assert.Equal(1, estimate.BilledWarmMs);
        Assert.Equal(13, estimate.BilledInitMs);
    }

    [Fact]
    public void Cold_starts_add_their_init_duration()
    {
        // warm: 1,000,000 × 0.004 s × 0.25 GB = 1,000 GB-s
        // init: 1,000,000 × 0.01 = 10,000 cold starts × 0.120 s × 0.25 GB = 300 GB-s
        // x86_64 compute: 1,300 × $0.0000166667 = $0.02166671
        var estimate = CostEstimator.Estimate(new CostInputs(WarmDurationMs: 4, InitDurationMs: 120, MemoryMb: 256, MonthlyInvocations: 1_000_000, ColdStartRate: 0.01));

        Assert.Equal(1_300m, estimate.GbSeconds);
        Assert.Equal(0.02166671m, estimate.X86_64.ComputeUsd);
    }

    [Fact]
    public void Arm64_is_a_fifth_cheaper_per_gb_second()
    {
        var estimate = CostEstimator.Estimate(new CostInputs(100, 0, 2048, 5_000_000, 0));

        Assert.Equal(0.8m, Math.Round(estimate.Arm64.ComputeUsd / estimate.X86_64.ComputeUsd, 4));
        Assert.Equal(estimate.X86_64.RequestsUsd, estimate.Arm64.RequestsUsd);
    }

    [Fact]
    public void The_estimate_names_its_prices()
    {
        var estimate = CostEstimator.Estimate(new CostInputs(1, 1, 128, 1, 0));

        Assert.Equal(LambdaPricing.Region, estimate.Region);
        Assert.Equal(LambdaPricing.PricesAsOf, estimate.PricesAsOf);
        Assert.Equal(LambdaPricing.X86_64PerGbSecond, estimate.For("X86_64").PricePerGbSecond);
        Assert.Equal(LambdaPricing.Arm64PerGbSecond, estimate.For("arm64").PricePerGbSecond);
    }

    [Theory]
    [InlineData(-1, 0, 128, 1, 0)]
    [InlineData(double.NaN, 0, 128, 1, 0)]
    [InlineData(1, -1, 128, 1, 0)]
    [InlineData(1, 0, 0, 1, 0)]
    [InlineData(1, 0, 128, 0, 0)]
    [InlineData(1, 0, 128, 1, 1.5)]
    public void Impossible_inputs_are_rejected(double warm, double init, int memory, long invocations, double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CostEstimator.Estimate(new CostInputs(warm, init, memory, invocations, rate)));
    }
}
