using System.Net;
using System.Text;
using static ServerlessSdk.Tooling.Reports.ReportFormat;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Draws an <see cref="ArchitectureDiagram"/> as inline SVG with the <see cref="DiagramLayout"/>: a box per node
/// (styled by its kind's CSS class), a curved arrow per edge, solid for triggers and dashed for reads and writes.
/// No script and nothing external; the same diagram always gives the same bytes.
/// </summary>
public static class SvgDiagramWriter
{
    private const double BoxWidth = 190, BoxHeight = 44, ColumnGap = 120, RowPitch = 64, Margin = 12;
    private const int MaxLabelLength = 24, MaxEdgeLabelLength = 18; // an arrow's words fit the gap between columns

    /// <summary>The <c>&lt;svg&gt;</c> element.</summary>
    public static string Write(ArchitectureDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var layout = DiagramLayout.For(diagram);
        var width = (2 * Margin) + (layout.Columns * BoxWidth) + (Math.Max(0, layout.Columns - 1) * ColumnGap);
        var height = (2 * Margin) + (Math.Max(1, layout.Rows) * RowPitch) + RowPitch; // room under the boxes for arrows that go back
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < diagram.Nodes.Count; i++)
        {
            index[diagram.Nodes[i].Id] = i;
        }

        double X(int node) => Margin + (layout.Column[node] * (BoxWidth + ColumnGap));
        double Y(int node) => Margin + (layout.Row[node] * RowPitch / 2) + ((RowPitch - BoxHeight) / 2);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg(width)}\" height=\"{Svg(height)}\" viewBox=\"0 0 {Svg(width)} {Svg(height)}\" role=\"img\" aria-label=\"Architecture: {Html(string.Join(", ", diagram.Nodes.Select(n => n.Label)))}\">");
        svg.Append("<defs><marker id=\"sls-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path class=\"arrow-head\" d=\"M0,0L10,5L0,10z\"/></marker></defs>");
        foreach (var edge in diagram.Edges)
        {
            int from = index[edge.From], to = index[edge.To];
            double x1, y1, x2, y2, c1x, c1y, c2x, c2y;
            if (layout.Column[to] > layout.Column[from])
            {
                (x1, y1, x2, y2) = (X(from) + BoxWidth, Y(from) + (BoxHeight / 2), X(to), Y(to) + (BoxHeight / 2));
                var bend = (x2 - x1) / 2;
                (c1x, c1y, c2x, c2y) = (x1 + bend, y1, x2 - bend, y2);
            }
            else
            {
                // Back to an earlier column (a cycle) or itself: from the bottom of one box round to the bottom of the other.
                (x1, y1, x2, y2) = (X(from) + (BoxWidth / 2), Y(from) + BoxHeight, X(to) + (BoxWidth / 2), Y(to) + BoxHeight);
                var below = Math.Max(y1, y2) + (RowPitch * 0.9);
                (c1x, c1y, c2x, c2y) = (x1, below, x2 + (from == to ? BoxWidth / 3 : 0), below);
            }

            var kind = edge.Kind is DiagramEdgeKind.Triggers or DiagramEdgeKind.Routes ? "triggers" : "uses";
            svg.Append($"<g class=\"edge {kind}\"><title>{Html(Describe(diagram.Nodes[from], edge, diagram.Nodes[to]))}</title>");
            svg.Append($"<path d=\"M{Svg(x1)},{Svg(y1)} C{Svg(c1x)},{Svg(c1y)} {Svg(c2x)},{Svg(c2y)} {Svg(x2)},{Svg(y2)}\" marker-end=\"url(#sls-arrow)\"/>");
            if (edge.Label is { Length: > 0 } text)
            {
                // The curve's midpoint: (P0 + 3·P1 + 3·P2 + P3) / 8.
                var mx = (x1 + (3 * c1x) + (3 * c2x) + x2) / 8;
                var my = (y1 + (3 * c1y) + (3 * c2y) + y2) / 8;
                svg.Append($"<text x=\"{Svg(mx)}\" y=\"{Svg(my - 4)}\" text-anchor=\"middle\">{Html(Shorten(text, MaxEdgeLabelLength))}</text>");
            }

            svg.Append("</g>");
        }

        for (var i = 0; i < diagram.Nodes.Count; i++)
        {
            var node = diagram.Nodes[i];
            var kind = ArchitectureDiagram.Prefix(node.Kind);
            var radius = node.Kind switch
            {
                DiagramNodeKind.Function => 10,
                DiagramNodeKind.HttpRoute or DiagramNodeKind.Schedule => 22,
                _ => 3,
            };
            double x = X(i), y = Y(i);
            svg.Append($"<g class=\"node {kind}\"><title>{Html($"{MermaidDiagramWriter.KindName(node.Kind)} {node.Label}")}</title>");
            svg.Append($"<rect x=\"{Svg(x)}\" y=\"{Svg(y)}\" width=\"{Svg(BoxWidth)}\" height=\"{Svg(BoxHeight)}\" rx=\"{radius}\"/>");
            svg.Append($"<text class=\"kind\" x=\"{Svg(x + (BoxWidth / 2))}\" y=\"{Svg(y + 15)}\" text-anchor=\"middle\">{Html(MermaidDiagramWriter.KindName(node.Kind))}</text>");
            svg.Append($"<text class=\"name\" x=\"{Svg(x + (BoxWidth / 2))}\" y=\"{Svg(y + 34)}\" text-anchor=\"middle\">{Html(Shorten(node.Label, MaxLabelLength))}</text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Describe(DiagramNode from, DiagramEdge edge, DiagramNode to) => edge.Kind switch
    {
        DiagramEdgeKind.Triggers => $"{from.Label} triggers {to.Label}{(edge.Label is null ? "" : $" ({edge.Label})")}",
        DiagramEdgeKind.Routes => $"{from.Label} sends {edge.Label ?? "its events"} to {to.Label}",
        DiagramEdgeKind.Read => $"{from.Label} reads {to.Label}",
        DiagramEdgeKind.Write => $"{from.Label} writes {to.Label}",
        _ => $"{from.Label} reads and writes {to.Label}",
    };

    private static string Shorten(string label, int length)
    {
        if (label.Length <= length)
        {
            return label;
        }

        var cut = char.IsHighSurrogate(label[length - 2]) ? length - 2 : length - 1; // never half a character
        return label[..cut] + "…";
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
