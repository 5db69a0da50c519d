using System.Globalization;
using System.Text;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Writes an <see cref="ArchitectureDiagram"/> as a Mermaid flowchart (left to right), which GitHub renders in
/// Markdown. Node ids are <c>n0</c>, <c>n1</c>, ... in the diagram's order; every label is quoted and every character
/// that Mermaid or Markdown could read as syntax is written as a Mermaid entity (<c>#35;</c>).
/// </summary>
public static class MermaidDiagramWriter
{
    /// <summary>The flowchart's text, without the Markdown fence.</summary>
    public static string Write(ArchitectureDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in diagram.Nodes)
        {
            var id = ids[node.Id] = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
            var (open, close) = Shape(node.Kind);
            text.Append("  ").Append(id).Append(open).Append('"').Append(Label(node)).Append('"').Append(close).Append('\n');
        }

        foreach (var edge in diagram.Edges)
        {
            text.Append("  ").Append(ids[edge.From]).Append(edge.Kind is DiagramEdgeKind.Triggers or DiagramEdgeKind.Routes ? " -->" : " -.->");
            if (edge.Label is { Length: > 0 } label)
            {
                text.Append("|\"").Append(Escape(label)).Append("\"|");
            }

            text.Append(' ').Append(ids[edge.To]).Append('\n');
        }

        foreach (var kind in diagram.Nodes.Select(n => n.Kind).Distinct())
        {
            text.Append("  classDef ").Append(ArchitectureDiagram.Prefix(kind)).Append(' ').Append(Style(kind)).Append('\n');
            text.Append("  class ").Append(string.Join(",", diagram.Nodes.Where(n => n.Kind == kind).Select(n => ids[n.Id])))
                .Append(' ').Append(ArchitectureDiagram.Prefix(kind)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The flowchart in a <c>```mermaid</c> fence, for Markdown.</summary>
    public static string Fenced(ArchitectureDiagram diagram) => "```mermaid\n" + Write(diagram) + "```\n";

    /// <summary>A node's label: a resource's kind, then its name.</summary>
    private static string Label(DiagramNode node) => node.Kind is DiagramNodeKind.Function or DiagramNodeKind.HttpRoute
        ? Escape(node.Label)
        : Escape($"{KindName(node.Kind)}: {node.Label}");

    internal static string KindName(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Function => "function",
        DiagramNodeKind.HttpRoute => "route",
        DiagramNodeKind.Queue => "queue",
        DiagramNodeKind.Topic => "topic",
        DiagramNodeKind.EventBus => "bus",
        DiagramNodeKind.Schedule => "schedule",
        DiagramNodeKind.Bucket => "bucket",
        DiagramNodeKind.Table => "table",
        _ => "stream",
    };

    private static (string Open, string Close) Shape(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Function => ("(", ")"),
        DiagramNodeKind.HttpRoute => ("([", "])"),
        DiagramNodeKind.Queue => ("[[", "]]"),
        DiagramNodeKind.Topic => ("{{", "}}"),
        DiagramNodeKind.EventBus => ("[/", "/]"),
        DiagramNodeKind.Schedule => ("((", "))"),
        DiagramNodeKind.Table or DiagramNodeKind.Stream => ("[(", ")]"),
        _ => ("[", "]"),
    };

    private static string Style(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Function => "fill:#fff4e5,stroke:#d4660f",
        DiagramNodeKind.HttpRoute => "fill:#eef4ff,stroke:#0969da",
        DiagramNodeKind.Table or DiagramNodeKind.Bucket or DiagramNodeKind.Stream => "fill:#e9f7ec,stroke:#1a7f37",
        _ => "fill:#f4efff,stroke:#8250df",
    };

    /// <summary>
    /// Text inside a quoted label: letters, digits, spaces and harmless punctuation stay; everything else (quotes, #,
    /// angle brackets, pipes, backticks, brackets, ...) becomes <c>#code;</c>; line breaks become spaces.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\r' or '\n' or '\t')
            {
                escaped.Append(' ');
            }
            else if ((rune.IsAscii && Rune.IsLetterOrDigit(rune)) || rune.Value is ' ' or '/' or '.' or ',' or ':' or '-' or '_' or '+' or '*' or '?' or '=' or '@' or '$' or '!' or '%')
            {
                escaped.Append((char)rune.Value);
            }
            else
            {
                escaped.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return escaped.ToString();
    }
}
