
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Cost;

/// <summary>Estimates what a function costs a month from its measured durations and the expected traffic.</summary>
/// <remarks>
/// The model: every invocation is billed its warm duration, rounded up to a whole millisecond; each cold start
/// (<see cref="CostInputs.ColdStartRate"/> of the invocations) is also billed its INIT duration, rounded up. Lambda
/// has billed INIT for OS-only runtimes such as <c>provided.al2023</c> all along, and for every on-demand function
/// since 1 August 2025. A cold invocation really bills ceil(init + duration) and may run longer than a warm one;
/// both differences are at most a millisecond or so per cold start and are ignored. Durations measured on the build
/// machine stand in for Lambda's, whose CPU share depends on the memory size.
/// </remarks>
public static class CostEstimator
{
    private const decimal MillisecondsPerSecond = 1000m;
    private const decimal RequestsPerMillion = 1_000_000m;

    /// <summary>Estimates the monthly cost of <paramref name="inputs"/> on x86_64 and arm64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative or not finite, memory or invocations are not positive, or the rate is outside 0–1.</exception>
    public static CostEstimate Estimate(CostInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!double.IsFinite(inputs.WarmDurationMs) || inputs.WarmDurationMs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs.WarmDurationMs, "The warm duration must be a finite number of milliseconds, zero or more.");
        }

        if (!double.IsFinite(inputs.InitDurationMs) || inputs.InitDurationMs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs.InitDurationMs, "The init duration must be a finite number of milliseconds, zero or more.");
        }

        if (inputs.MemoryMb <= 0 || inputs.MonthlyInvocations <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputs), "The memory size and the monthly invocations must be greater than zero.");
        }

        if (!(inputs.ColdStartRate is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs.ColdStartRate, "The cold-start rate must be between 0 and 1.");
        }

        var billedWarmMs = (long)Math.Ceiling(inputs.WarmDurationMs);
        var billedInitMs = (long)Math.Ceiling(inputs.InitDurationMs);
        var gigabytes = inputs.MemoryMb / LambdaPricing.MegabytesPerGigabyte;
        var invocations = (decimal)inputs.MonthlyInvocations;
        var coldStarts = invocations * (decimal)inputs.ColdStartRate;
        var gbSeconds = ((invocations * billedWarmMs) + (coldStarts * billedInitMs)) / MillisecondsPerSecond * gigabytes;

        return new CostEstimate(
            inputs.MonthlyInvocations,
            inputs.MemoryMb,
            inputs.ColdStartRate,
            billedWarmMs,
            billedInitMs,
            Normalise(gbSeconds),
            Price(LambdaInstructionSet.X64, gbSeconds, invocations),
            Price(LambdaInstructionSet.Arm64, gbSeconds, invocations),
            LambdaPricing.Region,
            LambdaPricing.PricesAsOf);
    }

    private static ArchitectureCost Price(LambdaInstructionSet architecture, decimal gbSeconds, decimal invocations)
    {
        var perGbSecond = LambdaPricing.PerGbSecond(architecture);
        var compute = gbSeconds * perGbSecond;
        var requests = invocations / RequestsPerMillion * LambdaPricing.PerMillionRequests;
        var computeAfterFreeTier = Math.Max(0m, gbSeconds - LambdaPricing.FreeTierGbSeconds) * perGbSecond;
        var requestsAfterFreeTier = Math.Max(0m, invocations - LambdaPricing.FreeTierRequests) / RequestsPerMillion * LambdaPricing.PerMillionRequests;
        return new ArchitectureCost(
            architecture.Name,
            perGbSecond,
            Normalise(compute),
            Normalise(requests),
            Normalise(compute + requests),
            Normalise(computeAfterFreeTier + requestsAfterFreeTier));
    }

    // Decimal arithmetic keeps trailing zeros (142.50000); dividing by 1 at the largest scale drops them, so the
    // report shows 142.5. The value is unchanged.
    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
