using ServerlessSdk.Emulator;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>One figure measured several times: every sample in run order, and their summary.</summary>
/// <param name="Samples">The values in run order, rounded to three decimals.</param>
/// <param name="Summary">Median, nearest-rank p90, min and max, as the cold-start harness computes them.</param>
public sealed record SampledFigure(IReadOnlyList<double> Samples, Summary Summary)
{
    /// <summary>The figure for <paramref name="values"/>, or null when there are none.</summary>
    public static SampledFigure? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var samples = values.Select(value => Math.Round(value, 3)).ToList();
        return samples.Count == 0 ? null : new SampledFigure(samples, Summary.Of(samples));
    }
}
