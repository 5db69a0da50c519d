using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Cli.Projects;

/// <summary>
/// Finds the newest report a function's build or publish wrote: <c>serverless-report.json</c> in the build's
/// TargetDir, or beside each RID's publish zip. A publish (Native AOT) report wins over a build (JIT) one: it
/// measures what is deployed.
/// </summary>
internal static class ReportFinder
{
    private static readonly string[] PublishRuntimeIdentifiers = ["linux-x64", "linux-arm64"];

    public static (ServerlessReport? Report, string? Path) Find(EvaluatedProject project, Action<ServerlessDiagnostic> warn)
    {
        var folders = new List<string> { project.TargetDir };
        foreach (var rid in PublishRuntimeIdentifiers)
        {
            var published = ProjectEvaluator.Evaluate(project.ProjectPath, project.Configuration, rid);
            folders.Add(published.PublishReportFolder);
            folders.Add(published.TargetDir);
        }

        var found = new List<(ServerlessReport Report, string Path)>();
        foreach (var path in folders.Distinct(StringComparer.Ordinal).Select(f => Path.Combine(f, JsonReportWriter.FileName)).Where(File.Exists))
        {
            try
            {
                found.Add((JsonReportWriter.Read(File.ReadAllText(path)), path));
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or IOException)
            {
                warn(ServerlessDiagnostic.Warning(DiagnosticCodes.ReportUnreadable, $"The report cannot be read: {ex.Message} Rebuild the project with this version of ServerlessSdk.", path));
            }
        }

        var best = found
            .OrderByDescending(r => r.Report.Kind == Tooling.Measurement.MeasurementKind.Publish)
            .ThenByDescending(r => r.Report.MeasuredAt)
            .FirstOrDefault();
        return best.Report is null ? (null, null) : best;
    }
}
