namespace ServerlessSdk.Emulator;

/// <summary>Several cold-start samples and their summaries (successful samples only), in the harness's units.</summary>
/// <param name="Samples">Every sample, in run order.</param>
public sealed record ColdStartReport(IReadOnlyList<ColdStartSample> Samples)
{
    /// <summary>True when every sample succeeded.</summary>
    public bool AllSucceeded => Samples.All(s => s.Succeeded);

    /// <summary>The failed samples.</summary>
    public IEnumerable<ColdStartSample> Failures => Samples.Where(s => !s.Succeeded);

    /// <summary>Cold start in milliseconds; null without successful samples.</summary>
    public Summary? ColdStartMs => Summarize(s => s.ColdStart?.TotalMilliseconds);

    /// <summary>Init in milliseconds; null without successful samples.</summary>
    public Summary? InitMs => Summarize(s => s.Init?.TotalMilliseconds);

    /// <summary>Warm latency in milliseconds, pooled over all samples; null without warm invocations.</summary>
    public Summary? WarmLatencyMs =>
        Summary.OfOrNull(Samples.Where(s => s.Succeeded).SelectMany(s => s.WarmLatencies).Select(t => t.TotalMilliseconds));

    /// <summary>Warm throughput in invocations per second; null without warm invocations.</summary>
    public Summary? WarmThroughput => Summarize(s => s.WarmThroughput);

    /// <summary>Peak RSS in MiB; null when unavailable.</summary>
    public Summary? PeakRssMb => Summarize(s => s.PeakRssBytes / (1024.0 * 1024.0));

    private Summary? Summarize(Func<ColdStartSample, double?> value) =>
        Summary.OfOrNull(Samples.Where(s => s.Succeeded).Select(value).OfType<double>());
}
