using System.Globalization;
using static ServerlessSdk.Tooling.Reports.ReportFormat;

namespace ServerlessSdk.Tooling.Tuning;

/// <summary>The tuning table's text, one place for the terminal and the HTML page.</summary>
public static class TuningTable
{
    /// <summary>The column headings.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Memory", "vCPU", "Cold start", "Warm median", "x86_64 $/1M", "arm64 $/1M"];

    /// <summary>One size's cells, in <see cref="Header"/>'s order; a vCPU share the machine could not give is marked "(capped)".</summary>
    public static IReadOnlyList<string> Cells(SizeResult size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"{size.MemoryMb} MB"),
            string.Create(CultureInfo.InvariantCulture, $"{size.Vcpus:0.00}{(size.CpuCapped ? " (capped)" : "")}"),
            Ms(size.ColdStartMs),
            Ms(size.WarmMedianMs),
            Usd(size.X86_64UsdPerMillion),
            Usd(size.Arm64UsdPerMillion),
        ];
    }

    /// <summary>One line per architecture, then what "balanced" means.</summary>
    public static IReadOnlyList<string> RecommendationLines(TuningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Recommendations
            .Select(r => $"{r.Architecture}: cheapest {r.CheapestMb} MB, fastest {r.FastestMb} MB, balanced {r.BalancedMb} MB")
            .ToList();
        lines.Add($"balanced = the cheapest size whose warm median is within {Percent(report.BalancedTolerance)} of the fastest's.");
        return lines;
    }

    /// <summary>The prices' basis, for a footnote.</summary>
    public static string PriceBasis(TuningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture,
            $"Prices: {report.Region} of {report.PricesAsOf:yyyy-MM-dd}, per million invocations with {Percent(report.ColdStartRate)} cold, no free tier.");
    }
}
