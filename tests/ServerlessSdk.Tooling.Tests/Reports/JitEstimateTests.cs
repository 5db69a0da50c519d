using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>A build's figures are labelled a JIT estimate, beside the last publish's Native AOT figures when known.</summary>
public sealed class JitEstimateTests
{
    private static ServerlessReport Build() => SampleReports.WithinBudgets() with
    {
        Kind = MeasurementKind.Build,
        LastPublish = new PublishedFigures(SampleReports.MeasuredAt, "x86_64", 1_740_000, 7.0, 6.1),
    };

    [Fact]
    public void The_markdown_report_labels_the_figures_and_shows_the_last_publish()
    {
        var markdown = MarkdownReportWriter.Write(Build());

        Assert.Contains("build (JIT estimate)", markdown, StringComparison.Ordinal);
        Assert.Contains("Last publish (Native AOT, x86\\_64, 2026-11-28 09:30 UTC): 1.74 MB zipped, cold start 7.00 ms, 6.1 MB RSS.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_labels_the_figures_and_shows_the_last_publish()
    {
        var html = HtmlReportWriter.Write(Build());

        Assert.Contains("build (JIT estimate)", html, StringComparison.Ordinal);
        Assert.Contains("Last publish (Native AOT, x86_64, 2026-11-28 09:30 UTC): 1.74 MB zipped, cold start 7.00 ms, 6.1 MB RSS.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_report_round_trips_into_the_figures_a_build_shows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sls-last-publish-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonReportWriter.Write(SampleReports.WithinBudgets()));
        try
        {
            var figures = PublishedFigures.TryRead(path)!;

            Assert.Equal(SampleReports.Package.ZippedBytes, figures.ZippedBytes);
            Assert.Equal(SampleReports.Startup.ColdStartMs.Summary.Median, figures.ColdStartMedianMs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_or_damaged_publish_report_is_no_comparison_rather_than_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sls-last-publish-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ not json");
        try
        {
            Assert.Null(PublishedFigures.TryRead(path));
            Assert.Null(PublishedFigures.TryRead(path + ".missing"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
