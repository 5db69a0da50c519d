using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tuning;

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

    [Fact]
    public void The_html_report_shows_the_tuning_result_when_the_folder_has_one()
    {
        var folder = Directory.CreateTempSubdirectory("serverlesssdk-tune-").FullName;
        try
        {
            var without = ReportFiles.Render(SampleReports.WithinBudgets(), folder)[2].Content;
            Assert.DoesNotContain("Power tuning", without, StringComparison.Ordinal);

            var tuning = PowerTuning.Analyse("Crunch", [new SizeMeasurement(128, 0.07, 30, 1400, [1400]), new SizeMeasurement(1769, 1, 5, 100, [100])], 2, DateTimeOffset.UnixEpoch);
            File.WriteAllText(Path.Combine(folder, TuningReport.FileName), TuningJson.Write(tuning));
            var with = ReportFiles.Render(SampleReports.WithinBudgets(), folder)[2].Content;
            Assert.Contains("Power tuning: Crunch", with, StringComparison.Ordinal);
            Assert.Contains("aria-label=\"Warm duration and price by memory size\"", with, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder, TuningReport.FileName), "{ damaged");
            Assert.Equal(without, ReportFiles.Render(SampleReports.WithinBudgets(), folder)[2].Content);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
