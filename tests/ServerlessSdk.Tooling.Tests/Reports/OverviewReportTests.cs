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

    [Fact]
    public void A_multi_function_project_gets_one_row_per_function_after_its_own()
    {
        var report = SampleReports.WithinBudgets() with
        {
            Functions =
            [
                new FunctionFigures { Name = "Orders", TriggerType = "sqs", MemoryMb = 1024, Startup = SampleReports.Startup, Cost = SampleReports.WithinBudgets().Cost },
                new FunctionFigures { Name = "Nightly", TriggerType = "schedule", MemoryMb = 1024 },
            ],
        };

        var rows = OverviewReport.Rows(new OverviewEntry("Pipeline", "/src/Pipeline.csproj", report, null));

        Assert.Equal(3, rows.Count);
        Assert.False(rows[0].IsFunction);
        Assert.Equal(["Pipeline / Orders", "sqs", "—", "3.80 ms", "7.2 MB", "$0.42", "within budgets"], rows[1].Cells);
        Assert.True(rows[1].Good);
        Assert.Equal("not measured", rows[2].Cells[^1]);
        Assert.Null(rows[2].Good);
        Assert.Contains("Pipeline / Nightly", OverviewReport.Html([new OverviewEntry("Pipeline", "p", report, null)], SampleReports.MeasuredAt), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_function_project_has_one_row()
    {
        Assert.Single(OverviewReport.Rows(new OverviewEntry("MyApi", "/src/MyApi.csproj", SampleReports.WithinBudgets(), null)));
    }
}
