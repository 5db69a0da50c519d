namespace ServerlessSdk.Tooling.Cost;

/// <summary>
/// Azure Functions Flex Consumption's on-demand prices: the one place they are written down, beside
/// <see cref="LambdaPricing"/>. East US, pay-as-you-go, as the Azure Functions pricing page lists them, recorded on
/// <see cref="PricesAsOf"/>. On demand bills the instance memory (not a per-function size) for the time an instance
/// is executing, plus executions, less a monthly free grant per subscription; always-ready instances are billed
/// differently and are not modelled. Premium and Dedicated plans bill instances by the hour, whatever the traffic.
/// Update the constants and the date together.
/// </summary>
public static class AzurePricing
{
    /// <summary>The region the prices are for.</summary>
    public const string Region = "eastus";

    /// <summary>On demand: US$0.000026 per GB-second of instance memory while executing.</summary>
    public const decimal FlexPerGbSecond = 0.000026m;

    /// <summary>US$0.40 per million executions.</summary>
    public const decimal FlexPerMillionExecutions = 0.40m;

    /// <summary>The monthly free grant's compute: 100,000 GB-seconds.</summary>
    public const decimal FlexFreeGbSeconds = 100_000m;

    /// <summary>The monthly free grant's executions: 250,000.</summary>
    public const long FlexFreeExecutions = 250_000;

    /// <summary>Azure bills memory in GB of 1,024 MB.</summary>
    public const decimal MegabytesPerGigabyte = 1024m;

    /// <summary>The date the prices above were recorded.</summary>
    public static DateOnly PricesAsOf { get; } = new(2026, 12, 3);
}

/// <summary>A month on Flex Consumption, on demand, in US dollars, unrounded.</summary>
/// <param name="GbSeconds">Billed compute: invocations × warm + cold starts × start-up, in seconds, × instance memory in GB.</param>
/// <param name="Compute">GB-seconds × price, before the free grant.</param>
/// <param name="Executions">Executions × price, before the free grant.</param>
/// <param name="Total">Compute + executions, before the free grant.</param>
/// <param name="TotalAfterFreeGrant">What is left after the monthly free grant.</param>
/// <param name="Region">The prices' region.</param>
/// <param name="PricesAsOf">When the prices were recorded.</param>
public sealed record AzureCostEstimate(decimal GbSeconds, decimal Compute, decimal Executions, decimal Total, decimal TotalAfterFreeGrant, string Region, DateOnly PricesAsOf);

/// <summary>
/// Flex Consumption's monthly on-demand cost from measured durations, like <see cref="CostEstimator"/> for Lambda:
/// each invocation bills its warm duration, each cold start its start-up (exec → first response) too, one
/// invocation per instance at a time (a busy instance running several at once costs less; this is the upper bound).
/// </summary>
public static class AzureCostEstimator
{
    /// <summary>
    /// Estimates a month of <paramref name="inputs"/> at <paramref name="instanceMemoryMb"/> (<c>ServerlessMemorySize</c>
    /// on Flex); the inputs' own memory is ignored: Flex bills the instance memory, not a per-function size.
    /// </summary>
    public static AzureCostEstimate Estimate(CostInputs inputs, int instanceMemoryMb = Settings.SettingDefaults.AzureInstanceMemoryMb)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(instanceMemoryMb);
        // The same input checks as Lambda's estimate.
        _ = CostEstimator.Estimate(inputs);
        var invocations = (decimal)inputs.MonthlyInvocations;
        var coldStarts = invocations * (decimal)inputs.ColdStartRate;
        var seconds = ((invocations * (decimal)Math.Ceiling(inputs.WarmDurationMs)) + (coldStarts * (decimal)Math.Ceiling(inputs.InitDurationMs))) / 1000m;
        var gbSeconds = seconds * instanceMemoryMb / AzurePricing.MegabytesPerGigabyte;
        var compute = gbSeconds * AzurePricing.FlexPerGbSecond;
        var executions = invocations / 1_000_000m * AzurePricing.FlexPerMillionExecutions;
        var after = (Math.Max(0m, gbSeconds - AzurePricing.FlexFreeGbSeconds) * AzurePricing.FlexPerGbSecond)
            + (Math.Max(0m, invocations - AzurePricing.FlexFreeExecutions) / 1_000_000m * AzurePricing.FlexPerMillionExecutions);
        return new AzureCostEstimate(gbSeconds, compute, executions, compute + executions, after, AzurePricing.Region, AzurePricing.PricesAsOf);
    }
}
