using ServerlessSdk.Tooling.Cost;

namespace ServerlessSdk.Tooling.Tests.Cost;

/// <summary>Flex Consumption on demand: instance memory × execution time plus executions, less the monthly free grant.</summary>
public sealed class AzureCostEstimatorTests
{
    [Fact]
    public void Compute_and_executions_follow_the_recorded_prices()
    {
        // 10 million invocations of 100 ms, no cold starts, on a 2,048 MB instance: 2,000,000 GB-s.
        var estimate = AzureCostEstimator.Estimate(new CostInputs(100, 0, 256, 10_000_000, 0));

        Assert.Equal(2_000_000m, estimate.GbSeconds);
        Assert.Equal(2_000_000m * AzurePricing.FlexPerGbSecond, estimate.Compute);
        Assert.Equal(10m * AzurePricing.FlexPerMillionExecutions, estimate.Executions);
        var afterGrant = ((2_000_000m - AzurePricing.FlexFreeGbSeconds) * AzurePricing.FlexPerGbSecond) + ((10_000_000m - AzurePricing.FlexFreeExecutions) / 1_000_000m * AzurePricing.FlexPerMillionExecutions);
        Assert.Equal(afterGrant, estimate.TotalAfterFreeGrant);
        Assert.Equal(AzurePricing.PricesAsOf, estimate.PricesAsOf);
    }

    [Fact]
    public void Cold_starts_bill_their_start_up_and_small_months_fit_the_free_grant()
    {
        var warm = AzureCostEstimator.Estimate(new CostInputs(10, 0, 256, 100_000, 0.5));
        var cold = AzureCostEstimator.Estimate(new CostInputs(10, 200, 256, 100_000, 0.5));

        Assert.True(cold.GbSeconds > warm.GbSeconds);
        Assert.Equal(0m, cold.TotalAfterFreeGrant);
    }

    [Fact]
    public void Bad_inputs_are_rejected_like_lambdas()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AzureCostEstimator.Estimate(new CostInputs(-1, 0, 256, 1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AzureCostEstimator.Estimate(new CostInputs(1, 0, 256, 1, 0), instanceMemoryMb: 0));
    }
}
