using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class SummaryLineTests
{
    [Fact]
    public void A_report_within_budgets_reads_as_one_line()
    {
        var line = SummaryLine.For(SampleReports.WithinBudgets());

        Assert.Equal("MyApi: 1.90 MB zipped, cold start 3.80 ms (p90 4.40 ms), 7.2 MB RSS, est. $0.42/month at 1M invocations — within budgets", line);
    }

    [Fact]
    public void Exceeded_budgets_are_counted_and_other_findings_named()
    {
        var line = SummaryLine.For(SampleReports.OverBudgets());

        Assert.EndsWith("— 2 budgets exceeded; see SLS2004", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_probe_leaves_the_startup_figures_out()
    {
        var line = SummaryLine.For(SampleReports.ProbeFailed());

        Assert.Equal("MyApi: 1.90 MB zipped, cold start not measured — within budgets; see SLS2002", line);
    }
}
