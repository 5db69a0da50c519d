using System.Globalization;
using System.Net;
using System.Text;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using static ServerlessSdk.Tooling.Reports.ReportFormat;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Writes <c>serverless-report.html</c>: one self-contained page (inline CSS and SVG; no script, font or image from
/// anywhere) with the headline figures against their budgets, where the package's bytes go, the cold-start samples,
/// the cost on both architectures and the diagnostics. Every piece of text from outside is HTML-escaped.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The file name hosts write it to.</summary>
    public const string FileName = "serverless-report.html";

    /// <summary>The report as an HTML page, with <c>dotnet serverless tune</c>'s section when <paramref name="tuning"/> is given.</summary>
    public static string Write(ServerlessReport report, Tuning.TuningReport? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

        // The page loads nothing and runs nothing; the browser enforces it (and reports any slip as a console error).
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<title>").Append(E(report.FunctionName)).Append(" · serverless report</title>\n");
        html.Append("<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        Header(html, report);
        Cards(html, report);
        PackageSection(html, report.Package);
        ExecutableSection(html, report.Executable);
        FunctionsSection(html, report);
        DiagramSection(html, report.Diagram);
        StartupSection(html, report);
        BudgetSection(html, report);
        CostSection(html, report);
        BroadAccessSection(html, report.BroadAccess);
        if (tuning is not null)
        {
            Tuning.TuningHtmlWriter.Section(html, tuning);
        }

        DiagnosticSection(html, report.Diagnostics);
        html.Append("<footer>serverless-report.json schema ").Append(report.SchemaVersion)
            .Append(" · package MB = 1,000,000 bytes, memory MB = 1,048,576 bytes (Lambda's unit)");
        if (report.AzureCost is { } azure)
        {
            html.Append(" · Azure ").Append(E(azure.Region)).Append(" prices of ").Append(azure.PricesAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (report.Cost is { } cost)
        {
            html.Append(" · ").Append(E(cost.Region)).Append(" prices of ").Append(cost.PricesAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        html.Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ServerlessReport report)
    {
        var (ok, verdict) = ReportVerdict.For(report);
        verdict = char.ToUpperInvariant(verdict[0]) + verdict[1..];
        html.Append("<header>\n<h1>").Append(E(report.FunctionName)).Append("</h1>\n");
        html.Append("<span class=\"pill ").Append(ok ? "ok" : "bad").Append("\">").Append(ok ? "✓ " : "✗ ").Append(E(verdict)).Append("</span>\n");
        html.Append("<p class=\"meta\">").Append(E(Kind(report.Kind))).Append(" · ").Append(E(report.Architecture))
            .Append(" · ").Append(report.MemoryMb.ToString(CultureInfo.InvariantCulture)).Append(" MB memory · measured ")
            .Append(E(report.MeasuredAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</p>\n");
        foreach (var note in ReportNotes.For(report))
        {
            html.Append("<p class=\"meta\">").Append(E(note)).Append("</p>\n");
        }

        html.Append("</header>\n");
    }

    private static void Cards(StringBuilder html, ServerlessReport report)
    {
        html.Append("<section class=\"cards\">\n");
        foreach (var check in report.Budgets)
        {
            var state = check.Status switch
            {
                BudgetStatus.Within => "ok",
                BudgetStatus.Exceeded => "bad",
                _ => "none",
            };
            html.Append("<div class=\"card ").Append(state).Append("\">\n<div class=\"card-label\">").Append(E(Label(check.Kind))).Append("</div>\n");
            html.Append("<div class=\"card-value\">").Append(check.Measured is null ? "—" : E(Measured(check, report))).Append("</div>\n");
            html.Append("<div class=\"card-detail\">").Append(E(CardDetail(check, report))).Append("</div>\n");
            if (check is { Measured: { } measured, Limit: { } limit } && limit > 0)
            {
                var fill = Math.Clamp(measured / limit, 0, 1) * 100;
                html.Append("<div class=\"meter\"><div style=\"width:").Append(Svg(fill)).Append("%\"></div></div>\n");
            }

            html.Append("<div class=\"card-budget\">").Append(E(BudgetText(check))).Append("</div>\n</div>\n");
        }

        html.Append("</section>\n");
    }

    private static string CardDetail(BudgetCheck check, ServerlessReport report) => check.Kind switch
    {
        BudgetKind.ColdStart when report.Startup is { } s => $"p90 {Ms(s.ColdStartMs.Summary.P90)} · {s.Runs} runs",
        BudgetKind.PackageSize when report.Package is { } p => $"{Bytes(p.TotalBytes)} unzipped · {ReportVerdict.Plural(p.FileCount, "file")}",
        BudgetKind.Memory when report.Startup?.PeakRssMb is { } m => $"largest peak of {m.Summary.Count} runs",
        BudgetKind.MonthlyCost when report.Cost is { } c => $"{report.Architecture} · {Count(c.MonthlyInvocations)} invocations",
        _ => "",
    };

    private static string BudgetText(BudgetCheck check) => check.Status switch
    {
        BudgetStatus.Within => $"✓ within budget of {Limit(check)}",
        BudgetStatus.Exceeded => $"✗ over budget of {Limit(check)}",
        BudgetStatus.NotSet => "no budget set",
        _ => check.Limit is null ? "not measured" : $"not measured · budget {Limit(check)}",
    };

    private static void PackageSection(StringBuilder html, PackageSize? package)
    {
        html.Append("<section>\n<h2>Where the package's bytes go</h2>\n");
        if (package is null)
        {
            html.Append("<p class=\"muted\">The package size was not measured; see the diagnostics below.</p>\n</section>\n");
            return;
        }

        html.Append("<p>").Append(E($"{Bytes(package.ZippedBytes)} zipped, {Bytes(package.TotalBytes)} unzipped, in {ReportVerdict.Plural(package.FileCount, "file")}. "))
            .Append(package.FileCount > package.LargestFiles.Count ? E($"The {package.LargestFiles.Count} largest:") : "").Append("</p>\n");
        if (package.FileCount > 0)
        {
            html.Append(HtmlCharts.PackageBars(package)).Append('\n');
        }

        html.Append("</section>\n");
    }

    private static void ExecutableSection(StringBuilder html, ExecutableBreakdown? executable)
    {
        if (executable is null)
        {
            return;
        }

        html.Append("<section>\n<h2>").Append(E($"What {executable.File}'s bytes are")).Append("</h2>\n");
        html.Append("<p>").Append(E($"{Bytes(executable.Bytes)} of Native AOT executable, from the compiler's size statistics: each assembly's compiled code, types and data, beside the native runtime and the file's structure."))
            .Append("</p>\n");
        html.Append(HtmlCharts.ExecutableBars(executable)).Append('\n');
        html.Append("</section>\n");
    }

    private static void FunctionsSection(StringBuilder html, ServerlessReport report)
    {
        if (report.Functions is not { Count: > 0 } functions)
        {
            return;
        }

        html.Append("<section>\n<h2>Functions</h2>\n<p>").Append(E(
            $"{functions.Count} functions in one bootstrap, each probed in its own fresh processes with SERVERLESS_FUNCTION set to its name and the sample event of its trigger. The cards above check each budget against the worst function; the cold-start chart below is the slowest function's."))
            .Append("</p>\n<table>\n<thead><tr>");
        for (var i = 0; i < FunctionColumns.Count; i++)
        {
            html.Append(i < 2 ? "<th>" : "<th class=\"num\">").Append(E(FunctionColumns[i])).Append("</th>");
        }

        html.Append("<th>budgets</th></tr></thead>\n<tbody>\n");
        foreach (var function in functions)
        {
            var cells = FunctionRow(function, report.Architecture);
            html.Append("<tr>");
            for (var i = 0; i < cells.Length; i++)
            {
                html.Append(i < 2 ? "<td>" : "<td class=\"num\">").Append(E(cells[i])).Append("</td>");
            }

            var (cssClass, text) = function.BudgetsExceeded > 0 ? ("bad", $"✗ {function.BudgetsExceeded} exceeded")
                : function.Startup is null ? ("none", "not measured") : ("ok", "✓ within");
            html.Append("<td><span class=\"status ").Append(cssClass).Append("\">").Append(E(text)).Append("</span></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void DiagramSection(StringBuilder html, ArchitectureDiagram? diagram)
    {
        if (diagram is not { Nodes.Count: > 0 })
        {
            return;
        }

        html.Append("<section>\n<h2>Architecture</h2>\n<p>")
            .Append(E("From the declarations: what triggers each function (solid arrows) and what it reads and writes (dashed)."))
            .Append("</p>\n<div class=\"diagram-frame\">").Append(SvgDiagramWriter.Write(diagram)).Append("</div>\n</section>\n");
    }

    private static void StartupSection(StringBuilder html, ServerlessReport report)
    {
        html.Append("<section>\n<h2>Cold start</h2>\n");
        if (report.Startup is not { } startup)
        {
            html.Append("<p class=\"muted\">The startup probe produced no figures; see the diagnostics below.</p>\n</section>\n");
            return;
        }

        var discarded = startup.DiscardedWarmUpRuns == 0 ? "" : $" after {startup.DiscardedWarmUpRuns} discarded warm-up run{(startup.DiscardedWarmUpRuns == 1 ? "" : "s")}";
        html.Append("<p>").Append(E($"{startup.Runs} fresh processes{discarded}, each invoked with the sample event. Cold start runs from exec to the first response; init to the first request for an invocation."))
            .Append("</p>\n");
        var budget = report.Budgets.FirstOrDefault(b => b.Kind == BudgetKind.ColdStart)?.Limit;
        html.Append(HtmlCharts.ColdStartStrip(startup, budget)).Append('\n');
        html.Append("<table>\n<thead><tr><th>figure</th><th class=\"num\">median</th><th class=\"num\">p90</th><th class=\"num\">min</th><th class=\"num\">max</th><th class=\"num\">samples</th></tr></thead>\n<tbody>\n");
        FigureRow(html, "Cold start", startup.ColdStartMs, Ms);
        FigureRow(html, "Init", startup.InitMs, Ms);
        FigureRow(html, "First invocation", startup.FirstInvokeMs, Ms);
        FigureRow(html, "Warm invocation", startup.WarmInvokeMs, Ms);
        FigureRow(html, "Peak RSS", startup.PeakRssMb, MemoryMb);
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void FigureRow(StringBuilder html, string label, SampledFigure? figure, Func<double, string> format)
    {
        if (figure is null)
        {
            return;
        }

        var s = figure.Summary;
        html.Append("<tr><td>").Append(E(label)).Append("</td><td class=\"num\">").Append(E(format(s.Median)))
            .Append("</td><td class=\"num\">").Append(E(format(s.P90))).Append("</td><td class=\"num\">").Append(E(format(s.Min)))
            .Append("</td><td class=\"num\">").Append(E(format(s.Max))).Append("</td><td class=\"num\">").Append(s.Count).Append("</td></tr>\n");
    }

    private static void BudgetSection(StringBuilder html, ServerlessReport report)
    {
        html.Append("<section>\n<h2>Budgets</h2>\n<table>\n<thead><tr><th>figure</th><th class=\"num\">measured</th><th class=\"num\">budget</th><th>property</th><th>status</th></tr></thead>\n<tbody>\n");
        foreach (var check in report.Budgets)
        {
            var (cssClass, text) = check.Status switch
            {
                BudgetStatus.Within => ("ok", "✓ within"),
                BudgetStatus.Exceeded => ("bad", "✗ exceeded"),
                BudgetStatus.NotSet => ("none", "no budget"),
                _ => ("none", "not measured"),
            };
            html.Append("<tr><td>").Append(E(Label(check.Kind))).Append("</td><td class=\"num\">").Append(E(Measured(check, report)))
                .Append("</td><td class=\"num\">").Append(E(Limit(check))).Append("</td><td><code>").Append(E(check.Property))
                .Append("</code></td><td><span class=\"status ").Append(cssClass).Append("\">").Append(E(text)).Append("</span></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void CostSection(StringBuilder html, ServerlessReport report)
    {
        html.Append("<section>\n<h2>Estimated monthly cost</h2>\n");
        if (report.AzureCost is { } azure)
        {
            html.Append("<p>").Append(E(ReportFormat.DescribeAzureCost(azure, report.MemoryMb, report.Functions is { Count: > 0 }))).Append("</p>\n</section>\n");
            return;
        }

        if (report.Cost is not { } cost)
        {
            html.Append("<p class=\"muted\">No estimate: it needs the startup probe's durations.</p>\n</section>\n");
            return;
        }

        html.Append("<p>").Append(E(
            $"{Number(cost.MonthlyInvocations)} invocations a month at {cost.MemoryMb} MB, each billed {cost.BilledWarmMs} ms (the warm median, rounded up); "
            + $"{Percent(cost.ColdStartRate)} of them cold, each also billed {cost.BilledInitMs} ms of init. {cost.GbSeconds:N0} GB-seconds.")).Append("</p>\n");
        html.Append("<table>\n<thead><tr><th>architecture</th><th class=\"num\">per GB-s</th><th class=\"num\">compute</th><th class=\"num\">requests</th><th class=\"num\">total</th><th class=\"num\">after free tier</th></tr></thead>\n<tbody>\n");
        foreach (var architecture in new[] { cost.X86_64, cost.Arm64 })
        {
            CostRow(html, architecture, string.Equals(architecture.Architecture, report.Architecture, StringComparison.OrdinalIgnoreCase));
        }

        html.Append("</tbody>\n</table>\n<p class=\"muted\">")
            .Append(E("“After free tier” assumes this function has the account's monthly 400,000 GB-seconds and 1,000,000 requests to itself. Durations measured on the build machine stand in for Lambda's."))
            .Append("</p>\n</section>\n");
    }

    private static void CostRow(StringBuilder html, ArchitectureCost cost, bool configured)
    {
        html.Append(configured ? "<tr class=\"configured\"><td>" : "<tr><td>").Append(E(cost.Architecture)).Append(configured ? " <span class=\"tag\">configured</span>" : "")
            .Append("</td><td class=\"num\">$").Append(cost.PricePerGbSecond.ToString("0.0000000000", CultureInfo.InvariantCulture))
            .Append("</td><td class=\"num\">").Append(E(Usd(cost.ComputeUsd))).Append("</td><td class=\"num\">").Append(E(Usd(cost.RequestsUsd)))
            .Append("</td><td class=\"num strong\">").Append(E(Usd(cost.TotalUsd))).Append("</td><td class=\"num\">").Append(E(Usd(cost.TotalWithFreeTierUsd)))
            .Append("</td></tr>\n");
    }

    private static void BroadAccessSection(StringBuilder html, IReadOnlyList<BroadAccessGrant> grants)
    {
        if (grants.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Broad IAM access</h2>\n<p>Statements kept because they declare AllowBroadAccess (SLS4020).</p>\n")
            .Append("<table>\n<thead><tr><th>function</th><th>statement</th><th>justification</th></tr></thead>\n<tbody>\n");
        foreach (var grant in grants)
        {
            html.Append("<tr><td>").Append(E(grant.Function)).Append("</td><td><code>").Append(E(grant.Statement))
                .Append("</code></td><td>").Append(E(grant.Justification)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void DiagnosticSection(StringBuilder html, IReadOnlyList<ServerlessDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Diagnostics</h2>\n<ul class=\"diagnostics\">\n");
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            html.Append("<li class=\"").Append(severity).Append("\"><span class=\"code\">").Append(E(diagnostic.Code)).Append("</span> <span class=\"sev\">")
                .Append(severity).Append("</span> ").Append(E(diagnostic.Message));
            if (!string.IsNullOrEmpty(diagnostic.File))
            {
                html.Append(" <code>").Append(E(diagnostic.File)).Append("</code>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
