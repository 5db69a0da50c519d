namespace ServerlessSdk.Tooling.Reports;

/// <summary>The report files a measurement produces.</summary>
public static class ReportFiles
{
    /// <summary>
    /// <c>serverless-report.json</c>, <c>serverless-report.md</c> and <c>serverless-report.html</c> in
    /// <paramref name="folder"/>; write each with <see cref="FileWriter.WriteIfChanged"/>. The HTML shows the last
    /// <c>dotnet serverless tune</c> result when <c>serverless-tune.json</c> is in the folder.
    /// </summary>
    public static IReadOnlyList<GeneratedFile> Render(ServerlessReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        return
        [
            new(Path.Combine(folder, JsonReportWriter.FileName), JsonReportWriter.Write(report)),
            new(Path.Combine(folder, MarkdownReportWriter.FileName), MarkdownReportWriter.Write(report)),
            new(Path.Combine(folder, HtmlReportWriter.FileName), HtmlReportWriter.Write(report, Tuning.TuningJson.TryReadFrom(folder))),
        ];
    }
}
