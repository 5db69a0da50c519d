namespace ServerlessSdk.Tooling.Measurement;

/// <summary>What the startup probe measured over its counted runs (warm-up runs excluded).</summary>
/// <param name="Runs">How many fresh processes the figures come from.</param>
/// <param name="DiscardedWarmUpRuns">How many runs were made first and thrown away.</param>
/// <param name="ColdStartMs">Exec to the first response fully received, in milliseconds.</param>
/// <param name="InitMs">Exec to the first <c>GET /runtime/invocation/next</c>, in milliseconds: Lambda's INIT phase.</param>
/// <param name="FirstInvokeMs">The first invocation alone, from handing the event out to its response, in milliseconds.</param>
/// <param name="WarmInvokeMs">Each later invocation in the same process, in milliseconds; null when none were made.</param>
/// <param name="PeakRssMb">Peak resident memory (<c>VmHWM</c>) in MB of 1,048,576 bytes, Lambda's memory unit; null when unavailable.</param>
public sealed record StartupFigures(
    int Runs,
    int DiscardedWarmUpRuns,
    SampledFigure ColdStartMs,
    SampledFigure? InitMs,
    SampledFigure? FirstInvokeMs,
    SampledFigure? WarmInvokeMs,
    SampledFigure? PeakRssMb);
