using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Each_budgeted_figure_is_a_row_with_measured_budget_and_status()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.WithinBudgets());

        Assert.Contains("| figure | measured | budget | status |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Cold start (median) | 3.80 ms (p90 4.40 ms, 3 runs) | 100 ms | ✅ |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Package (zipped) | 1.90 MB | 10 MB | ✅ |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Peak memory (RSS) | 7.2 MB | 64 MB | ✅ |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Monthly cost | $0.42 (x86_64) | $5.00 | ✅ |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Exceeded_budgets_are_marked_with_a_cross()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.OverBudgets());

        Assert.Contains("| 2 ms | ❌ |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 MB | ❌ |", markdown, StringComparison.Ordinal);
        Assert.StartsWith("### ❌ MyApi", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_files_are_listed()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.WithinBudgets());

        Assert.Contains("| <code>bootstrap</code> | 3.20 MB | 1.56 MB |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_are_listed_with_their_codes()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.OverBudgets());

        Assert.Contains("**SLS2004**", markdown, StringComparison.Ordinal);
        Assert.Contains("**SLS3010**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_the_probe_could_not_measure_say_so()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.ProbeFailed());

        Assert.Contains("| Cold start (median) | not measured | 100 ms | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_measurement_does_not_read_as_a_pass()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.ProbeFailed());

        Assert.StartsWith("### ❌ MyApi", markdown, StringComparison.Ordinal);
        Assert.Contains("SLS2002", markdown.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_outside_cannot_break_the_markdown()
    {
        var report = SampleReports.WithinBudgets() with { FunctionName = "My|Api <b>" };

        var markdown = MarkdownReportWriter.Write(report);

        Assert.Contains(@"My\|Api \<b\>", markdown, StringComparison.Ordinal);
    }
}
