
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Cost;

/// <summary>
/// AWS Lambda's on-demand prices: the one place they are written down. They are us-east-1's, first pricing tier
/// (the first 6 billion GB-seconds a month), as AWS's Lambda pricing page lists them, recorded on
/// <see cref="PricesAsOf"/>. Other regions and the cheaper tiers beyond 6 billion GB-seconds differ; update the
/// constants and the date together.
/// </summary>
public static class LambdaPricing
{
    /// <summary>The region the prices are for.</summary>
    public const string Region = "us-east-1";

    /// <summary>x86_64: US$0.0000166667 per GB-second of billed duration.</summary>
    public const decimal X86_64PerGbSecond = 0.0000166667m;

    /// <summary>arm64 (Graviton): US$0.0000133334 per GB-second, 20% less than x86_64.</summary>
    public const decimal Arm64PerGbSecond = 0.0000133334m;

    /// <summary>US$0.20 per million requests, on either architecture.</summary>
    public const decimal PerMillionRequests = 0.20m;

    /// <summary>The monthly free tier's compute: 400,000 GB-seconds (shared by all functions of an account, both architectures).</summary>
    public const decimal FreeTierGbSeconds = 400_000m;

    /// <summary>The monthly free tier's requests: 1,000,000 (shared by all functions of an account).</summary>
    public const long FreeTierRequests = 1_000_000;

    /// <summary>Lambda bills memory in GB of 1,024 MB: 128 MB is 0.125 GB.</summary>
    public const decimal MegabytesPerGigabyte = 1024m;

    /// <summary>The date the prices above were recorded.</summary>
    public static DateOnly PricesAsOf { get; } = new(2026, 11, 28);

    /// <summary>The price per GB-second on <paramref name="architecture"/>.</summary>
    public static decimal PerGbSecond(LambdaInstructionSet architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return architecture.Machine == LambdaInstructionSet.Arm64.Machine ? Arm64PerGbSecond : X86_64PerGbSecond;
    }
}
