using System.Text.RegularExpressions;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void The_page_loads_nothing_from_elsewhere()
    {
        var html = HtmlReportWriter.Write(SampleReports.OverBudgets());

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_page_draws_its_charts_as_inline_svg()
    {
        var html = HtmlReportWriter.Write(SampleReports.WithinBudgets());

        Assert.Equal(2, Regex.Count(html, "<svg "));
        Assert.Contains("bootstrap", html, StringComparison.Ordinal);
        Assert.Contains("3 other files", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped()
    {
        var report = SampleReports.WithinBudgets() with { FunctionName = "<script>alert('x')</script>" };

        var html = HtmlReportWriter.Write(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_probe_still_gives_a_page_with_the_package_chart()
    {
        var html = HtmlReportWriter.Write(SampleReports.ProbeFailed());

        Assert.Equal(1, Regex.Count(html, "<svg "));
        Assert.Contains("SLS2002", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verdict_is_red_when_a_budget_is_exceeded_or_the_measurement_failed()
    {
        Assert.Contains("class=\"pill ok\"", HtmlReportWriter.Write(SampleReports.WithinBudgets()), StringComparison.Ordinal);
        Assert.Contains("class=\"pill bad\"", HtmlReportWriter.Write(SampleReports.OverBudgets()), StringComparison.Ordinal);
        Assert.Contains("class=\"pill bad\"", HtmlReportWriter.Write(SampleReports.ProbeFailed()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_a_complete_document()
    {
        var html = HtmlReportWriter.Write(SampleReports.WithinBudgets());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("""(src|href)\s*=\s*["']?\s*(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
