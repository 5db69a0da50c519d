using System.Globalization;
using System.Net;
using System.Text;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tuning;

/// <summary>
/// Writes <c>serverless-tune.html</c> beside the function's report: one self-contained page (the report's CSS, an
/// inline SVG chart, no script) with every size's figures, the recommendation and what the figures cannot tell.
/// </summary>
public static class TuningHtmlWriter
{
    /// <summary>The file name hosts write it to.</summary>
    public const string FileName = "serverless-tune.html";

    /// <summary>The tuning report as an HTML page.</summary>
    public static string Write(TuningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(report.FunctionName)).Append(" · power tuning</title>\n");
        html.Append("<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header>\n<h1>").Append(E(report.FunctionName)).Append(" · power tuning</h1>\n</header>\n");
        Section(html, report);
        html.Append("<footer>").Append(E(TuningTable.PriceBasis(report))).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The tuning section: when and where it was measured, what it cannot tell, the chart, the table and the
    /// recommendation. This page and the function's <c>serverless-report.html</c> (<see cref="HtmlReportWriter"/>) show it.
    /// </summary>
    internal static void Section(StringBuilder html, TuningReport report)
    {
        html.Append("<section>\n<h2>Power tuning: ").Append(E(report.FunctionName)).Append(" by memory size (local)</h2>\n<p class=\"meta\">measured ")
            .Append(E(report.MeasuredAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(" on ").Append(report.MachineCores.ToString(CultureInfo.InvariantCulture)).Append(" cores with dotnet serverless tune · ")
            .Append(E(TuningTable.PriceBasis(report))).Append("</p>\n<p class=\"meta\">").Append(E(report.Caveat)).Append("</p>\n");
        html.Append(HtmlCharts.TuningBars(report)).Append('\n');
        html.Append("<table>\n<thead><tr>").AppendJoin("", TuningTable.Header.Select(h => $"<th>{E(h)}</th>")).Append("</tr></thead>\n<tbody>\n");
        foreach (var size in report.Sizes)
        {
            html.Append("<tr>").AppendJoin("", TuningTable.Cells(size).Select(c => $"<td>{E(c)}</td>")).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<ul>\n");
        foreach (var line in TuningTable.RecommendationLines(report))
        {
            html.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
