using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class OverviewReportTests
{
    [Fact]
    public void A_row_has_one_cell_per_column_with_the_reports_own_figures()
    {
        var cells = OverviewReport.Cells(new OverviewEntry("MyApi", "/src/MyApi.csproj", SampleReports.WithinBudgets(), "/out/serverless-report.json"));

        Assert.Equal(OverviewReport.Columns.Count, cells.Count);
        Assert.Equal(["MyApi", "publish (Native AOT)", "1.90 MB", "3.80 ms", "7.2 MB", "$0.42", "within budgets"], cells);
    }

    [Fact]
    public void Exceeded_budgets_and_failed_measurements_are_not_good_and_a_missing_report_is_said_so()
    {
        Assert.True(new OverviewEntry("A", "a", SampleReports.WithinBudgets(), null).IsGood);
        Assert.False(new OverviewEntry("B", "b", SampleReports.OverBudgets(), null).IsGood);
        Assert.False(new OverviewEntry("C", "c", SampleReports.ProbeFailed(), null).IsGood);

        var missing = new OverviewEntry("D", "d", null, null);
        Assert.False(missing.IsGood);
        Assert.Equal("no report", OverviewReport.Cells(missing)[1]);
    }

    [Fact]
    public void The_page_lists_every_function_escaped_and_loads_nothing_from_elsewhere()
    {
        var html = OverviewReport.Html(
            [
                new OverviewEntry("MyApi", "/src/MyApi.csproj", SampleReports.WithinBudgets(), null),
                new OverviewEntry("<Evil>", "/src/Evil.csproj", null, null),
            ],
            SampleReports.MeasuredAt);

        Assert.Contains("MyApi", html, StringComparison.Ordinal);
        Assert.Contains("&lt;Evil&gt;", html, StringComparison.Ordinal);
        Assert.Contains("1 of 2 functions within budgets", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
