using System.Text.Json;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>The routes anyone may call are named in every report, so an open route is a choice someone saw.</summary>
public sealed class UnauthenticatedRoutesTests
{
    private static ServerlessReport Open() => SampleReports.WithinBudgets() with { UnauthenticatedRoutes = ["GET /hello", "GET /hello/{name}"] };

    [Fact]
    public void The_markdown_and_html_reports_name_them_in_a_note()
    {
        Assert.Contains("Unauthenticated HTTP routes (anyone may call them): GET /hello, GET /hello/{name}.", MarkdownReportWriter.Write(Open()), StringComparison.Ordinal);
        Assert.Contains("Unauthenticated HTTP routes (anyone may call them)", HtmlReportWriter.Write(Open()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_lists_them_and_reads_them_back()
    {
        var json = JsonReportWriter.Write(Open());

        using var document = JsonDocument.Parse(json);
        Assert.Equal(["GET /hello", "GET /hello/{name}"], document.RootElement.GetProperty("unauthenticatedRoutes").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(json, JsonReportWriter.Write(JsonReportWriter.Read(json)));
    }

    [Fact]
    public void Without_open_routes_there_is_no_note()
    {
        Assert.DoesNotContain("Unauthenticated", MarkdownReportWriter.Write(SampleReports.WithinBudgets()), StringComparison.Ordinal);
    }
}
