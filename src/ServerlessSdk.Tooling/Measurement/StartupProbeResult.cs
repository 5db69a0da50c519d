using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>The outcome of <see cref="StartupProbe.RunAsync"/>.</summary>
/// <param name="Figures">What was measured; null when no run got as far as a response.</param>
/// <param name="FailureLog">The last output lines (at most 20) of the run that failed; empty when none failed.</param>
/// <param name="Diagnostics">What went wrong, one diagnostic per kind of failure; empty when every run behaved.</param>
public sealed record StartupProbeResult(StartupFigures? Figures, IReadOnlyList<string> FailureLog, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>True when every run behaved.</summary>
    public bool Succeeded => Diagnostics.Count == 0;
}
