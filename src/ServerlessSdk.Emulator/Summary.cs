namespace ServerlessSdk.Emulator;

/// <summary>Order statistics of a set of measurements, computed like the cold-start harness.</summary>
/// <param name="Count">The number of values.</param>
/// <param name="Median">The median (mean of the two middle values for an even count).</param>
/// <param name="P90">The 90th percentile, nearest-rank: <c>sorted[ceil(0.9 n) - 1]</c>.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
public sealed record Summary(int Count, double Median, double P90, double Min, double Max)
{
    /// <summary>Summarizes <paramref name="values"/>.</summary>
    /// <param name="values">At least one value.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static Summary Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("Cannot summarize an empty set of values.", nameof(values));
        }

        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        var p90 = sorted[Math.Max(0, (int)Math.Ceiling(0.9 * n) - 1)];
        return new Summary(n, median, p90, sorted[0], sorted[^1]);
    }

    /// <summary>Like <see cref="Of"/>, but null for an empty set.</summary>
    /// <param name="values">Any number of values.</param>
    public static Summary? OfOrNull(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return list.Count == 0 ? null : Of(list);
    }
}
