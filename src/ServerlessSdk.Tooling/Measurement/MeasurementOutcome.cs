using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>What <see cref="FunctionMeasurement.RunAsync"/> found, ready for a host to log and write.</summary>
/// <param name="Report">The full report.</param>
/// <param name="Diagnostics">Every diagnostic, in the order found; log each with its severity.</param>
/// <param name="Files">The report files; write each with <see cref="FileWriter.WriteIfChanged"/>.</param>
/// <param name="Markdown">The Markdown report, for <see cref="GitHubStepSummary.Append"/>.</param>
/// <param name="SummaryLine">One line for the build log.</param>
public sealed record MeasurementOutcome(
    ServerlessReport Report, IReadOnlyList<ServerlessDiagnostic> Diagnostics, IReadOnlyList<GeneratedFile> Files, string Markdown, string SummaryLine)
{
    /// <summary>True when any diagnostic is an error, i.e. the host should fail the build.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
