using System.Text;
using ServerlessSdk.Tooling.Measurement;
using static ServerlessSdk.Tooling.Reports.ReportFormat;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>The HTML report's charts as inline SVG: no script, no external resource, styled by the page's CSS classes.</summary>
internal static class HtmlCharts
{
    private const double Width = 1000;
    private const int MaxLabelLength = 40;

    /// <summary>A horizontal bar per large file (unzipped bar, zipped bar inside it) and one for the rest of the files.</summary>
    public static string PackageBars(PackageSize package)
    {
        var rows = package.LargestFiles.Select(f => (Label: f.Path, f.Bytes, f.ZippedBytes, Title: f.Path)).ToList();
        var others = package.FileCount - package.LargestFiles.Count;
        if (others > 0)
        {
            var bytes = package.TotalBytes - package.LargestFiles.Sum(f => f.Bytes);
            var zipped = Math.Max(0, package.ZippedBytes - package.LargestFiles.Sum(f => f.ZippedBytes));
            var label = others == 1 ? "1 other file" : $"{others} other files";
            rows.Add((label, bytes, zipped, $"{label} (zipped includes the zip's headers)"));
        }

        const double rowHeight = 30, top = 34, labelWidth = 340, barWidth = 430;
        var height = top + (rows.Count * rowHeight) + 8;
        var largest = Math.Max(1, rows.Max(r => r.Bytes));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Svg(Width)} {Svg(height)}\" role=\"img\" aria-label=\"Package size by file\">");
        Legend(svg, labelWidth, ("bar-unzipped", "unzipped"), ("bar-zipped", "zipped"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, bytes, zipped, title) = rows[i];
            var y = top + (i * rowHeight);
            var unzippedWidth = Math.Max(1, barWidth * bytes / largest);
            var zippedWidth = Math.Min(unzippedWidth, Math.Max(1, barWidth * zipped / largest));
            svg.Append($"<g><title>{Html(title)}: {Html(Bytes(bytes))}, {Html(Bytes(zipped))} zipped</title>");
            svg.Append($"<text class=\"label{(i == package.LargestFiles.Count ? " muted" : "")}\" x=\"{Svg(labelWidth - 12)}\" y=\"{Svg(y + 19)}\" text-anchor=\"end\">{Html(Shorten(label))}</text>");
            var rest = i == package.LargestFiles.Count ? " rest" : ""; // the other files, drawn in grey
            svg.Append($"<rect class=\"bar-unzipped{rest}\" x=\"{Svg(labelWidth)}\" y=\"{Svg(y + 5)}\" width=\"{Svg(unzippedWidth)}\" height=\"20\" rx=\"3\"/>");
            svg.Append($"<rect class=\"bar-zipped{rest}\" x=\"{Svg(labelWidth)}\" y=\"{Svg(y + 10)}\" width=\"{Svg(zippedWidth)}\" height=\"10\" rx=\"2\"/>");
            svg.Append($"<text class=\"value\" x=\"{Svg(labelWidth + unzippedWidth + 10)}\" y=\"{Svg(y + 19)}\">{Html(Bytes(bytes))} <tspan class=\"muted\">· {Html(Bytes(zipped))} zipped</tspan></text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// A horizontal bar per part of the Native AOT executable (assemblies in the accent colour, the runtime's and the
    /// compiler's parts in grey), its share and, for an assembly, its largest namespaces in the tooltip.
    /// </summary>
    public static string ExecutableBars(ExecutableBreakdown executable)
    {
        var rows = executable.Top(ExecutableParts).Where(p => p.Bytes > 0).ToList();
        const double rowHeight = 30, top = 8, labelWidth = 340, barWidth = 430;
        var height = top + (rows.Count * rowHeight) + 8;
        var largest = Math.Max(1, rows.Max(r => r.Bytes));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Svg(Width)} {Svg(height)}\" role=\"img\" aria-label=\"Executable size by assembly\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var part = rows[i];
            var y = top + (i * rowHeight);
            var width = Math.Max(1, barWidth * part.Bytes / largest);
            var assembly = part.Kind == ExecutablePartKind.Assembly;
            var namespaces = part.Namespaces.Count == 0 ? "" : " — " + string.Join(", ", part.Namespaces.Select(n => $"{n.Name} {Bytes(n.Bytes)}"));
            svg.Append($"<g><title>{Html(part.Name)}: {Html(Bytes(part.Bytes))}{Html(namespaces)}</title>");
            svg.Append($"<text class=\"label{(assembly ? "" : " muted")}\" x=\"{Svg(labelWidth - 12)}\" y=\"{Svg(y + 19)}\" text-anchor=\"end\">{Html(Shorten(part.Name))}</text>");
            svg.Append($"<rect class=\"bar-zipped{(assembly ? "" : " rest")}\" x=\"{Svg(labelWidth)}\" y=\"{Svg(y + 5)}\" width=\"{Svg(width)}\" height=\"20\" rx=\"3\"/>");
            svg.Append($"<text class=\"value\" x=\"{Svg(labelWidth + width + 10)}\" y=\"{Svg(y + 19)}\">{Html(Bytes(part.Bytes))} <tspan class=\"muted\">· {Html(Share(part.Bytes, executable.Bytes))}</tspan></text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Every cold-start and init sample as a dot on a shared millisecond axis, with the cold-start median, p90 and
    /// budget as vertical lines.
    /// </summary>
    public static string ColdStartStrip(StartupFigures startup, double? budgetMs)
    {
        const double left = 110, right = 30, top = 54, rowGap = 48, axisGap = 26;
        var rows = new List<(string Label, string Class, SampledFigure Figure)> { ("cold start", "dot-cold", startup.ColdStartMs) };
        if (startup.InitMs is { } init)
        {
            rows.Add(("init", "dot-init", init));
        }

        var summary = startup.ColdStartMs.Summary;
        var highest = new[] { summary.Max, budgetMs ?? 0, rows.Max(r => r.Figure.Summary.Max) }.Max();
        var (step, axisMax) = Ticks(highest * 1.08);
        var plotWidth = Width - left - right;
        var axisY = top + (rows.Count * rowGap);
        var height = axisY + axisGap + 12;
        double X(double ms) => left + (plotWidth * ms / axisMax);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Svg(Width)} {Svg(height)}\" role=\"img\" aria-label=\"Cold start samples\">");
        for (var tick = 0.0; tick <= axisMax + (step / 2); tick += step)
        {
            svg.Append($"<line class=\"grid\" x1=\"{Svg(X(tick))}\" x2=\"{Svg(X(tick))}\" y1=\"{Svg(top - 14)}\" y2=\"{Svg(axisY)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{Svg(X(tick))}\" y=\"{Svg(axisY + 18)}\" text-anchor=\"middle\">{Html(TickLabel(tick, step))}</text>");
        }

        svg.Append($"<line class=\"axis\" x1=\"{Svg(left)}\" x2=\"{Svg(Width - right)}\" y1=\"{Svg(axisY)}\" y2=\"{Svg(axisY)}\"/>");
        // Median and p90 labels sit either side of their lines; the budget's has a line of its own above them.
        Marker(svg, X(summary.Median), top - 14, axisY, top - 20, "mark-median", $"median {Ms(summary.Median)}", "end");
        Marker(svg, X(summary.P90), top - 14, axisY, top - 20, "mark-p90", $"p90 {Ms(summary.P90)}", "start");
        if (budgetMs is { } budget)
        {
            Marker(svg, X(budget), top - 30, axisY, top - 36, "mark-budget", $"budget {Ms(budget)}", "middle");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, dotClass, figure) = rows[i];
            var y = top + (i * rowGap) + (rowGap / 2);
            svg.Append($"<text class=\"label\" x=\"{Svg(left - 14)}\" y=\"{Svg(y + 5)}\" text-anchor=\"end\">{Html(label)}</text>");
            var placed = new List<double>();
            for (var s = 0; s < figure.Samples.Count; s++)
            {
                var value = figure.Samples[s];
                var x = X(value);
                svg.Append($"<circle class=\"{dotClass}\" cx=\"{Svg(x)}\" cy=\"{Svg(y + Offset(placed, x))}\" r=\"7\"><title>run {s + 1}: {Html(Ms(value))}</title></circle>");
                placed.Add(x);
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Local power tuning: per memory size, a bar for the warm median and one for the x86_64 price per million
    /// invocations, each scaled to its own largest value; the balanced size is marked.
    /// </summary>
    public static string TuningBars(Tuning.TuningReport report)
    {
        const double rowHeight = 40, top = 34, labelWidth = 200, barWidth = 520;
        var height = top + (report.Sizes.Count * rowHeight) + 8;
        var slowest = Math.Max(0.001, report.Sizes.Max(s => s.WarmMedianMs));
        var dearest = Math.Max(0.0000001m, report.Sizes.Max(s => s.X86_64UsdPerMillion));
        var balanced = report.Recommendations.Count > 0 ? report.Recommendations[0].BalancedMb : 0;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Svg(Width)} {Svg(height)}\" role=\"img\" aria-label=\"Warm duration and price by memory size\">");
        Legend(svg, labelWidth, ("bar-zipped", "warm median"), ("bar-price", "x86_64 $ / 1M"));
        for (var i = 0; i < report.Sizes.Count; i++)
        {
            var size = report.Sizes[i];
            var y = top + (i * rowHeight);
            var durationWidth = Math.Max(1, barWidth * size.WarmMedianMs / slowest);
            var priceWidth = Math.Max(1, barWidth * (double)(size.X86_64UsdPerMillion / dearest));
            var label = $"{size.MemoryMb} MB{(size.MemoryMb == balanced ? " ★" : "")}";
            svg.Append($"<g><title>{size.MemoryMb} MB ({Svg(size.Vcpus)} vCPU): warm {Html(Ms(size.WarmMedianMs))}, {Html(Usd(size.X86_64UsdPerMillion))} per million on x86_64</title>");
            svg.Append($"<text class=\"label\" x=\"{Svg(labelWidth - 12)}\" y=\"{Svg(y + 22)}\" text-anchor=\"end\">{Html(label)}</text>");
            svg.Append($"<rect class=\"bar-zipped\" x=\"{Svg(labelWidth)}\" y=\"{Svg(y + 4)}\" width=\"{Svg(durationWidth)}\" height=\"14\" rx=\"2\"/>");
            svg.Append($"<text class=\"value\" x=\"{Svg(labelWidth + durationWidth + 8)}\" y=\"{Svg(y + 16)}\">{Html(Ms(size.WarmMedianMs))}</text>");
            svg.Append($"<rect class=\"bar-price\" x=\"{Svg(labelWidth)}\" y=\"{Svg(y + 20)}\" width=\"{Svg(priceWidth)}\" height=\"14\" rx=\"2\"/>");
            svg.Append($"<text class=\"value muted\" x=\"{Svg(labelWidth + priceWidth + 8)}\" y=\"{Svg(y + 32)}\">{Html(Usd(size.X86_64UsdPerMillion))}</text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Marker(StringBuilder svg, double x, double y1, double y2, double labelY, string cssClass, string label, string anchor)
    {
        var dx = anchor switch { "end" => -4, "start" => 4, _ => 0 };
        svg.Append($"<line class=\"{cssClass}\" x1=\"{Svg(x)}\" x2=\"{Svg(x)}\" y1=\"{Svg(y1)}\" y2=\"{Svg(y2)}\"/>");
        svg.Append($"<text class=\"marker {cssClass}-text\" x=\"{Svg(x + dx)}\" y=\"{Svg(labelY)}\" text-anchor=\"{anchor}\">{Html(label)}</text>");
    }

    /// <summary>Dots that would overlap earlier ones move off the row's centre line, alternately below and above.</summary>
    private static double Offset(List<double> placed, double x)
    {
        var overlapping = placed.Count(other => Math.Abs(other - x) < 12);
        return overlapping == 0 ? 0 : (overlapping % 2 == 1 ? 1 : -1) * 9 * ((overlapping + 1) / 2);
    }

    private static void Legend(StringBuilder svg, double x, params (string Class, string Label)[] entries)
    {
        foreach (var (cssClass, label) in entries)
        {
            svg.Append($"<rect class=\"{cssClass}\" x=\"{Svg(x)}\" y=\"6\" width=\"14\" height=\"14\" rx=\"2\"/>");
            svg.Append($"<text class=\"tick\" x=\"{Svg(x + 20)}\" y=\"18\">{Html(label)}</text>");
            x += 110;
        }
    }

    /// <summary>A "nice" tick step (1, 2 or 5 × 10ⁿ) giving at most about eight ticks, and the axis end it reaches.</summary>
    private static (double Step, double Max) Ticks(double highest)
    {
        highest = Math.Max(highest, 0.001);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(highest / 8)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => highest / s <= 8);
        return (step, Math.Ceiling(highest / step) * step);
    }

    private static string TickLabel(double tick, double step) =>
        step >= 1 ? tick.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " ms" : Svg(tick) + " ms";

    private static string Shorten(string label) =>
        label.Length <= MaxLabelLength ? label : "…" + label[^(MaxLabelLength - 1)..];

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
