namespace ServerlessSdk.Tooling.Cost;

/// <summary>The monthly cost on one architecture, in US dollars, unrounded.</summary>
/// <param name="Architecture">Lambda's name: <c>x86_64</c> or <c>arm64</c>.</param>
/// <param name="PricePerGbSecond">The compute price used.</param>
/// <param name="ComputeUsd">GB-seconds times the price.</param>
/// <param name="RequestsUsd">Invocations times the request price.</param>
/// <param name="TotalUsd">Compute plus requests: what the function costs when the account's free tier is used up elsewhere.</param>
/// <param name="TotalWithFreeTierUsd">The same after the monthly free tier (400,000 GB-s, 1,000,000 requests), if this function had it to itself.</param>
public sealed record ArchitectureCost(
    string Architecture, decimal PricePerGbSecond, decimal ComputeUsd, decimal RequestsUsd, decimal TotalUsd, decimal TotalWithFreeTierUsd);
