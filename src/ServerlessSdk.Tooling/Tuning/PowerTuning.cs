using System.Globalization;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Tuning;

/// <summary>
/// Local power tuning's arithmetic: which sizes to try, what each costs (<see cref="CostEstimator"/>, the one price
/// table) and which to recommend. Pure: the measuring is the tool's.
/// </summary>
public static class PowerTuning
{
    /// <summary>A balanced size may be this much slower than the fastest: 10%.</summary>
    public const double BalancedTolerance = 0.10;

    /// <summary>Prices are per this many invocations.</summary>
    public const long PricedInvocations = 1_000_000;

    /// <summary>What a local run cannot predict; printed with every result.</summary>
    public const string Caveat =
        "Local figures compare sizes with each other; they are not Lambda's durations. The CPU is this machine's, limited by a cgroup quota, "
        + "not Lambda's CPU model or scheduler; I/O, network, downstream services and Lambda's own overheads are not modelled.";

    /// <summary>The sizes tried when none are given.</summary>
    public static IReadOnlyList<int> DefaultSizes { get; } = [128, 256, 512, 1024, 1769, 3008];

    /// <summary>Parses a comma-separated list of sizes in MB (each 128 to 10,240), sorted and without repeats.</summary>
    /// <exception cref="FormatException">An entry is not a whole number in Lambda's range, or the list is empty.</exception>
    public static IReadOnlyList<int> ParseSizes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sizes = new SortedSet<int>();
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < CostSettings.MinMemoryMb or > CostSettings.MaxMemoryMb)
            {
                throw new FormatException($"'{entry}' is not a memory size: give whole MB from {CostSettings.MinMemoryMb} to {CostSettings.MaxMemoryMb}, comma-separated.");
            }

            sizes.Add(size);
        }

        return sizes.Count > 0 ? [.. sizes] : throw new FormatException("No memory size given: e.g. --memory 128,512,1769.");
    }

    /// <summary>Prices every measured size and picks the cheapest, fastest and balanced size on both architectures.</summary>
    /// <exception cref="ArgumentException">No measurements.</exception>
    public static TuningReport Analyse(string functionName, IReadOnlyList<SizeMeasurement> measurements, int machineCores, DateTimeOffset measuredAt)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        if (measurements.Count == 0)
        {
            throw new ArgumentException("At least one size must be measured.", nameof(measurements));
        }

        var sizes = measurements.OrderBy(m => m.MemoryMb).Select(m => Price(m, machineCores)).ToList();
        return new TuningReport(
            functionName,
            measuredAt,
            machineCores,
            BalancedTolerance,
            CostInputs.DefaultColdStartRate,
            LambdaPricing.Region,
            LambdaPricing.PricesAsOf,
            sizes,
            [Recommend(sizes, LambdaInstructionSet.X64.Name), Recommend(sizes, LambdaInstructionSet.Arm64.Name)],
            Caveat);
    }

    /// <summary>The cheapest, fastest and balanced sizes of <paramref name="sizes"/> on <paramref name="architecture"/>.</summary>
    public static TuningRecommendation Recommend(IReadOnlyList<SizeResult> sizes, string architecture)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var fastest = sizes.OrderBy(s => s.WarmMedianMs).ThenBy(s => s.UsdPerMillion(architecture)).First();
        var cheapest = sizes.OrderBy(s => s.UsdPerMillion(architecture)).ThenBy(s => s.WarmMedianMs).First();
        var limit = fastest.WarmMedianMs * (1 + BalancedTolerance);
        var balanced = sizes.Where(s => s.WarmMedianMs <= limit).OrderBy(s => s.UsdPerMillion(architecture)).ThenBy(s => s.WarmMedianMs).First();
        return new TuningRecommendation(architecture, cheapest.MemoryMb, fastest.MemoryMb, balanced.MemoryMb);
    }

    private static SizeResult Price(SizeMeasurement measurement, int machineCores)
    {
        var estimate = CostEstimator.Estimate(new CostInputs(
            measurement.WarmMedianMs, measurement.InitMs, measurement.MemoryMb, PricedInvocations, CostInputs.DefaultColdStartRate));
        return new SizeResult(
            measurement.MemoryMb,
            measurement.Vcpus,
            measurement.ColdStartMs,
            measurement.InitMs,
            measurement.WarmMedianMs,
            measurement.WarmMs.Count,
            CpuShare.IsCapped(measurement.MemoryMb, machineCores),
            estimate.X86_64.TotalUsd,
            estimate.Arm64.TotalUsd);
    }
}
