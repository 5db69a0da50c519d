using System.Globalization;
using System.Net;
using System.Text;
using static ServerlessSdk.Tooling.Reports.ReportFormat;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>One function project's row in an overview: its latest report, or none.</summary>
/// <param name="FunctionName">The function (project) name.</param>
/// <param name="ProjectPath">The project file.</param>
/// <param name="Report">The report read, or null when there is none.</param>
/// <param name="ReportPath">The <c>serverless-report.json</c> it came from.</param>
public sealed record OverviewEntry(string FunctionName, string ProjectPath, ServerlessReport? Report, string? ReportPath)
{
    /// <summary>True when there is a report, no budget is exceeded and its measurement did not fail.</summary>
    public bool IsGood => Report is not null && ReportVerdict.For(Report).Good;
}

/// <summary>One line of an overview: its cells (<see cref="OverviewReport.Columns"/>) and whether it is good.</summary>
/// <param name="Cells">One per column.</param>
/// <param name="Good">True within budgets, false not, null when nothing was measured or there is no report.</param>
/// <param name="IsFunction">True for a function's row under its multi-function project's row.</param>
public sealed record OverviewRow(IReadOnlyList<string> Cells, bool? Good, bool IsFunction);

/// <summary>
/// Every function of a solution side by side, from the reports their builds wrote: the same figures and wording as
/// each function's own reports, as table cells (for a terminal) or one self-contained HTML page.
/// </summary>
public static class OverviewReport
{
    /// <summary>The column headings, matching <see cref="Cells"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Function", "Measured", "Package (zipped)", "Cold start (median)", "Peak memory", "Monthly cost", "Budgets"];

    /// <summary>The row for <paramref name="entry"/>: figures that were not measured read <c>—</c>.</summary>
    public static IReadOnlyList<string> Cells(OverviewEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Report is not { } report)
        {
            return [entry.FunctionName, "no report", "—", "—", "—", "—", "—"];
        }

        return
        [
            entry.FunctionName,
            Kind(report.Kind),
            report.Package is { } package ? Bytes(package.ZippedBytes) : "—",
            report.Startup is { } startup ? Ms(startup.ColdStartMs.Summary.Median) : "—",
            report.Startup?.PeakRssMb is { } rss ? MemoryMb(rss.Summary.Max) : "—",
            report.EstimatedMonthlyUsd() is { } cost ? Usd(cost) : "—",
            ReportVerdict.For(report).Text,
        ];
    }

    /// <summary>
    /// The page's default name: not the build's per-project <see cref="HtmlReportWriter.FileName"/>, so it cannot be
    /// taken for one, nor replace a hand-written page of that name.
    /// </summary>
    public const string FileName = "serverless-overview.html";

    /// <summary>The line every page carries: a file without it was not written by <c>dotnet serverless report</c>.</summary>
    public const string GeneratorMarker = "<meta name=\"generator\" content=\"dotnet serverless report\">";

    /// <summary>
    /// The project's row, then, for a bootstrap holding several functions, one row per function (its own cold start,
    /// memory, cost and budgets; the package is the project's, so it reads <c>—</c>).
    /// </summary>
    public static IReadOnlyList<OverviewRow> Rows(OverviewEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var rows = new List<OverviewRow> { new(Cells(entry), entry.Report is null ? null : entry.IsGood, IsFunction: false) };
        if (entry.Report is { Functions: { Count: > 1 } functions } report)
        {
            foreach (var function in functions)
            {
                var startup = function.Startup;
                bool? good = function.BudgetsExceeded > 0 ? false : startup is null ? null : true;
                var verdict = good switch { false => ReportVerdict.Plural(function.BudgetsExceeded, "budget") + " exceeded", null => "not measured", _ => "within budgets" };
                rows.Add(new OverviewRow(
                    [
                        $"{entry.FunctionName} / {function.Name}",
                        function.TriggerType,
                        "—",
                        startup is null ? "—" : Ms(startup.ColdStartMs.Summary.Median),
                        startup?.PeakRssMb is { } rss ? MemoryMb(rss.Summary.Max) : "—",
                        function.EstimatedMonthlyUsd(report.Architecture) is { } cost ? Usd(cost) : "—",
                        verdict,
                    ],
                    good,
                    IsFunction: true));
            }
        }

        return rows;
    }

    /// <summary>An HTML page with the table, each row linking to the function's own HTML report when it exists.</summary>
    public static string Html(IReadOnlyList<OverviewEntry> entries, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var good = entries.Count(e => e.IsGood);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(GeneratorMarker).Append('\n');
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>serverless report</title>\n");
        html.Append("<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>Functions</h1>\n");
        html.Append("<span class=\"pill ").Append(good == entries.Count ? "ok" : "bad").Append("\">")
            .Append(E($"{good} of {ReportVerdict.Plural(entries.Count, "function")} within budgets")).Append("</span>\n");
        html.Append("<p class=\"meta\">generated ").Append(E(generatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(" from each project's serverless-report.json</p>\n</header>\n<section>\n<table>\n<thead><tr>");
        for (var i = 0; i < Columns.Count; i++)
        {
            html.Append(i is > 1 and < 6 ? "<th class=\"num\">" : "<th>").Append(E(Columns[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var entry in entries)
        {
            var cells = Cells(entry);
            html.Append("<tr><td>");
            var page = entry.ReportPath is null ? null : Path.Combine(Path.GetDirectoryName(entry.ReportPath)!, HtmlReportWriter.FileName);
            if (page is not null && File.Exists(page))
            {
                html.Append("<a href=\"").Append(E(new Uri(page).AbsoluteUri)).Append("\">").Append(E(cells[0])).Append("</a>");
            }
            else
            {
                html.Append(E(cells[0]));
            }

            html.Append("<br><code class=\"muted\">").Append(E(entry.ProjectPath)).Append("</code></td>");
            for (var i = 1; i < cells.Count; i++)
            {
                var cssClass = i == cells.Count - 1 ? (entry.IsGood ? "status ok" : entry.Report is null ? "status none" : "status bad") : i > 1 ? "num" : "";
                html.Append(cssClass.Length == 0 ? "<td>" : $"<td class=\"{cssClass}\">").Append(E(cells[i])).Append("</td>");
            }

            html.Append("</tr>\n");
            foreach (var row in Rows(entry).Where(r => r.IsFunction))
            {
                html.Append("<tr><td class=\"muted\">").Append(E(row.Cells[0])).Append("</td>");
                for (var i = 1; i < row.Cells.Count; i++)
                {
                    var cssClass = i == row.Cells.Count - 1 ? row.Good switch { true => "status ok", false => "status bad", null => "status none" } : i > 1 ? "num" : "";
                    html.Append(cssClass.Length == 0 ? "<td>" : $"<td class=\"{cssClass}\">").Append(E(row.Cells[i])).Append("</td>");
                }

                html.Append("</tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n<footer>package MB = 1,000,000 bytes, memory MB = 1,048,576 bytes (Lambda's unit); cost on each function's configured architecture</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
