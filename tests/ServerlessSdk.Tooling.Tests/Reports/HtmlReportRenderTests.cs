using System.Net;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tests.IaC;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>The HTML report rendered by headless Chromium: no console error, the diagram in the DOM, pixels on the screen (issue #14).</summary>
public sealed class HtmlReportRenderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("render-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_report_with_its_diagram_renders_without_console_errors()
    {
        var diagram = ArchitectureDiagram.From(IaCFixtures.Complete())!;
        var file = Path.Combine(_folder.FullName, HtmlReportWriter.FileName);
        File.WriteAllText(file, HtmlReportWriter.Write(SampleReports.OverBudgets() with { Diagram = diagram }));

        var page = HeadlessChromium.Render(file);

        Assert.Empty(page.ConsoleMessages);
        Assert.Contains("<svg class=\"diagram\"", page.Dom, StringComparison.Ordinal);
        Assert.All(diagram.Nodes, n => Assert.Contains(WebUtility.HtmlEncode(n.Label.Length <= 23 ? n.Label : n.Label[..20]), page.Dom, StringComparison.Ordinal));
        Assert.True(page.Screenshot.PixelsUnlikeBackground() > page.Screenshot.Width * page.Screenshot.Height / 100, "the screenshot is blank");
    }

    [Fact]
    public void A_page_that_breaks_the_rules_is_caught()
    {
        // The control: what the test above asserts is absent really is reported when present.
        var file = Path.Combine(_folder.FullName, "broken.html");
        var report = HtmlReportWriter.Write(SampleReports.WithinBudgets());
        File.WriteAllText(file, report.Replace("</main>", "<img src=\"http://127.0.0.1:9/x.png\"><script>fail()</script></main>", StringComparison.Ordinal));

        var page = HeadlessChromium.Render(file);

        Assert.Equal(2, page.ConsoleMessages.Distinct().Count()); // the blocked image and the blocked script, in each of the two runs
    }

    [Fact]
    public void A_blank_page_is_blank()
    {
        var file = Path.Combine(_folder.FullName, "blank.html");
        File.WriteAllText(file, "<!DOCTYPE html><html><body></body></html>");

        Assert.Equal(0, HeadlessChromium.Render(file, 400, 300).Screenshot.PixelsUnlikeBackground());
    }
}
