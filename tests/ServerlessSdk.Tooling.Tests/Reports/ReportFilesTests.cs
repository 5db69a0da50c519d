using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class ReportFilesTests
{
    [Fact]
    public void The_json_markdown_and_html_reports_go_to_the_folder()
    {
        var files = ReportFiles.Render(SampleReports.WithinBudgets(), "/out");

        Assert.Equal(
            [Path.Combine("/out", "serverless-report.json"), Path.Combine("/out", "serverless-report.md"), Path.Combine("/out", "serverless-report.html")],
            files.Select(f => f.Path));
    }

    [Fact]
    public void The_same_report_renders_the_same_bytes()
    {
        var first = ReportFiles.Render(SampleReports.WithinBudgets(), "/out");
        var second = ReportFiles.Render(SampleReports.WithinBudgets(), "/out");

        Assert.Equal(first, second);
    }
}
