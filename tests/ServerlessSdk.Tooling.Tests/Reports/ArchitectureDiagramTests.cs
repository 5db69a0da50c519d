using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tests.IaC;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>The architecture diagram from the function manifest: its model, the Mermaid and SVG writers (issue #14).</summary>
public sealed partial class ArchitectureDiagramTests
{
    /// <summary>Every trigger kind, a shared queue, and names that need escaping.</summary>
    private static ServiceManifest Manifest() => new(
        "orders",
        [
            IaCFixtures.Function("PlaceOrder", new HttpRouteTrigger("POST", "/orders", HttpAuth.None, []), new HttpRouteTrigger("GET", "/orders/{id}", HttpAuth.Jwt, [])),
            IaCFixtures.Function("Payment", new SqsTrigger("payments", 10, 0, true, 5)),
            IaCFixtures.Function("Audit", new SqsTrigger("payments", 10, 0, false, 0), new SnsTrigger("alerts", null)),
            IaCFixtures.Function("OnPlaced", new EventBridgeTrigger("""{"source":["orders"],"detail-type":["OrderPlaced"]}""", "orders-bus")),
            IaCFixtures.Function("Nightly", new ScheduleTrigger("rate(1 day)", true)),
            IaCFixtures.Function("Ingest", new S3Trigger("uploads", ["s3:ObjectCreated:*"], null, null)),
            IaCFixtures.Function("Changes", new DynamoDbStreamTrigger("orders", StreamStartingPosition.Latest, 100, false, true)),
            IaCFixtures.Function("Clicks", new KinesisStreamTrigger("clickstream", StreamStartingPosition.Latest, 100, false, false)),
        ]);

    [Fact]
    public void Every_function_and_trigger_source_is_a_node_and_each_trigger_an_arrow()
    {
        var diagram = ArchitectureDiagram.From(Manifest())!;

        Assert.Equal(
            ["fn:Audit", "fn:Changes", "fn:Clicks", "fn:Ingest", "fn:Nightly", "fn:OnPlaced", "fn:Payment", "fn:PlaceOrder",
             "route:GET /orders/{id}", "route:POST /orders", "queue:payments", "topic:alerts", "bus:orders-bus",
             "schedule:Nightly:rate(1 day)", "bucket:uploads", "table:orders", "stream:clickstream"],
            diagram.Nodes.Select(n => n.Id));
        var triggers = Manifest().Functions.Sum(f => f.Triggers.Count);
        Assert.Equal(triggers, diagram.Edges.Count);
        Assert.All(diagram.Edges, e => Assert.Equal(DiagramEdgeKind.Triggers, e.Kind));
        Assert.Contains(diagram.Edges, e => e is { From: "queue:payments", To: "fn:Payment", Label: "partial batch" });
        Assert.Contains(diagram.Edges, e => e is { From: "queue:payments", To: "fn:Audit", Label: null });
        Assert.Contains(diagram.Edges, e => e is { From: "bus:orders-bus", To: "fn:OnPlaced", Label: "OrderPlaced" });
        Assert.Contains(diagram.Edges, e => e is { From: "table:orders", To: "fn:Changes", Label: "stream" });
        Assert.Null(ArchitectureDiagram.From(null));
    }

    [Fact]
    public void Declared_resources_are_nodes_uses_are_labelled_arrows_and_a_trigger_on_one_meets_it()
    {
        var manifest = new ServiceManifest(
            "shop",
            [
                IaCFixtures.Function("PlaceOrder", new HttpRouteTrigger("POST", "/orders", HttpAuth.None, [])) with
                {
                    Uses = [new("Events", ResourceAccess.Write), new("Orders", ResourceAccess.ReadWrite)],
                },
                IaCFixtures.Function("Payment", new SqsTrigger("Payments", 10, 0, true, 0)) with { Uses = [new("Orders", ResourceAccess.Read), new("Unknown", ResourceAccess.Read)] },
            ])
        {
            Resources = [new DeclaredEventBus("Events"), new DeclaredTable("Orders", new("id", "S"), null, null, true, false, null), new DeclaredQueue("Payments", false, 30, 5), new DeclaredBucket("Unused", false)],
        };

        var diagram = ArchitectureDiagram.From(manifest)!;

        Assert.Equal(["fn:Payment", "fn:PlaceOrder", "route:POST /orders", "queue:Payments", "bus:Events", "bucket:Unused", "table:Orders"], diagram.Nodes.Select(n => n.Id));
        Assert.Equal(
            [("fn:Payment", "table:Orders", DiagramEdgeKind.Read, "read"), ("fn:PlaceOrder", "bus:Events", DiagramEdgeKind.Write, "write"),
             ("fn:PlaceOrder", "table:Orders", DiagramEdgeKind.ReadWrite, "read/write"), ("queue:Payments", "fn:Payment", DiagramEdgeKind.Triggers, "partial batch"),
             ("route:POST /orders", "fn:PlaceOrder", DiagramEdgeKind.Triggers, null)],
            diagram.Edges.Select(e => (e.From, e.To, e.Kind, e.Label)));
        var mermaid = MermaidDiagramWriter.Write(diagram);
        Assert.Equal(2, mermaid.Split('\n').Count(l => l.Contains("-.->|\"read", StringComparison.Ordinal)));
        Assert.Single(mermaid.Split('\n'), l => l.Contains("-.->|\"write\"|", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_event_rule_is_a_solid_arrow_from_its_bus_to_its_queue_labelled_with_what_it_matches()
    {
        var manifest = IaCFixtures.EventRules();

        var diagram = ArchitectureDiagram.From(manifest)!;

        Assert.Equal(
            [("bus:Shop", "queue:Audit", "shop.orders"), ("bus:Shop", "queue:Payments", "OrderPlaced"), ("bus:Shop", "queue:Payments", "PaymentRetried")],
            diagram.Edges.Where(e => e.Kind == DiagramEdgeKind.Routes).Select(e => (e.From, e.To, e.Label!)).Order());
        var mermaid = MermaidDiagramWriter.Write(diagram);
        Assert.Equal(3, mermaid.Split('\n').Count(l => l.Contains(" -->|", StringComparison.Ordinal) && (l.Contains("OrderPlaced", StringComparison.Ordinal) || l.Contains("PaymentRetried", StringComparison.Ordinal) || l.Contains("shop.orders", StringComparison.Ordinal))));
        Assert.Contains("Shop sends OrderPlaced to Payments", SvgDiagramWriter.Write(diagram), StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_is_right_of_the_functions_that_use_it()
    {
        var manifest = new ServiceManifest("shop", [IaCFixtures.Function("PlaceOrder", new HttpRouteTrigger("POST", "/orders", HttpAuth.None, [])) with { Uses = [new("Orders", ResourceAccess.Write)] }])
        {
            Resources = [new DeclaredTable("Orders", new("id", "S"), null, null, true, false, null)],
        };
        var diagram = ArchitectureDiagram.From(manifest)!;
        var svg = XElement.Parse(SvgDiagramWriter.Write(diagram));
        var x = svg.Descendants().Where(e => e.Name.LocalName == "rect").Select(r => (double)r.Attribute("x")!).ToList();

        Assert.True(x[diagram.Nodes.ToList().FindIndex(n => n.Id == "route:POST /orders")] < x[0]);
        Assert.True(x[0] < x[diagram.Nodes.ToList().FindIndex(n => n.Id == "table:Orders")]);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_manifests_order()
    {
        var manifest = Manifest();
        var reversed = manifest with { Functions = [.. manifest.Functions.Reverse()] };

        Assert.Equal(MermaidDiagramWriter.Write(ArchitectureDiagram.From(manifest)!), MermaidDiagramWriter.Write(ArchitectureDiagram.From(reversed)!));
        Assert.Equal(SvgDiagramWriter.Write(ArchitectureDiagram.From(manifest)!), SvgDiagramWriter.Write(ArchitectureDiagram.From(reversed)!));
    }

    [Fact]
    public void Mermaid_declares_every_node_once_and_draws_every_edge()
    {
        var diagram = ArchitectureDiagram.From(Manifest())!;
        var mermaid = MermaidDiagramWriter.Write(diagram);
        var lines = mermaid.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("flowchart LR", lines[0]);
        var declared = lines.Select(l => MermaidNode().Match(l)).Where(m => m.Success).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(diagram.Nodes.Count, declared.Distinct().Count());
        Assert.Equal(diagram.Nodes.Count, declared.Count);
        Assert.Equal(diagram.Edges.Count, lines.Count(l => l.Contains("-->", StringComparison.Ordinal) || l.Contains("-.->", StringComparison.Ordinal)));
        Assert.All(diagram.Nodes.Where(n => n.Kind == DiagramNodeKind.Function), n => Assert.Contains($"\"{n.Label}\"", mermaid, StringComparison.Ordinal));
    }

    [Fact]
    public void Mermaid_labels_cannot_break_out_of_their_quotes_or_the_markdown_fence()
    {
        const string hostile = "Evil\"]; click n0 call x() %%\n```<b>#|";
        var manifest = new ServiceManifest("x", [IaCFixtures.Function("F", new SqsTrigger(hostile, 1, 0, false, 0))]);

        var mermaid = MermaidDiagramWriter.Write(ArchitectureDiagram.From(manifest)!);

        var label = Assert.Single(mermaid.Split('\n'), l => l.Contains("Evil", StringComparison.Ordinal));
        var quoted = label[(label.IndexOf('"', StringComparison.Ordinal) + 1)..label.LastIndexOf('"')];
        Assert.DoesNotContain('"', quoted);
        Assert.DoesNotContain('`', quoted);
        Assert.DoesNotContain('<', quoted);
        Assert.DoesNotContain('|', quoted);
        Assert.DoesNotContain(']', quoted);
        Assert.Equal(2, mermaid.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("  n", StringComparison.Ordinal) && !l.Contains("-->", StringComparison.Ordinal)));
        Assert.Contains("#34;", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void The_svg_is_well_formed_xml_with_a_box_per_node_inside_its_viewbox()
    {
        var diagram = ArchitectureDiagram.From(Manifest())!;

        var svg = XElement.Parse(SvgDiagramWriter.Write(diagram));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var viewBox = ((string)svg.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var boxes = svg.Descendants(ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("node", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(diagram.Nodes.Count, boxes.Count);
        Assert.Equal(diagram.Edges.Count, svg.Descendants(ns + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true));
        var rects = boxes.Select(b => b.Element(ns + "rect")!).Select(r => (X: (double)r.Attribute("x")!, Y: (double)r.Attribute("y")!, W: (double)r.Attribute("width")!, H: (double)r.Attribute("height")!)).ToList();
        Assert.All(rects, r => Assert.True(r.X >= 0 && r.Y >= 0 && r.X + r.W <= viewBox[2] && r.Y + r.H <= viewBox[3], $"{r} outside {viewBox[2]}x{viewBox[3]}"));
        for (var i = 0; i < rects.Count; i++)
        {
            for (var j = i + 1; j < rects.Count; j++)
            {
                var (a, b) = (rects[i], rects[j]);
                Assert.False(a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H, $"boxes {i} and {j} overlap");
            }
        }

        Assert.DoesNotContain("<script", svg.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_source_is_left_of_the_functions_it_triggers()
    {
        var diagram = ArchitectureDiagram.From(Manifest())!;
        var svg = XElement.Parse(SvgDiagramWriter.Write(diagram));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var x = svg.Descendants(ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("node", StringComparison.Ordinal) == true)
            .Select((g, i) => (diagram.Nodes[i].Id, X: (double)g.Element(ns + "rect")!.Attribute("x")!)).ToDictionary(p => p.Id, p => p.X);

        Assert.All(diagram.Edges, e => Assert.True(x[e.From] < x[e.To], $"{e.From} is not left of {e.To}"));
    }

    [Fact]
    public void A_cycle_still_lays_out_and_draws_every_edge()
    {
        var diagram = new ArchitectureDiagram
        {
            Nodes = [new("fn:A", DiagramNodeKind.Function, "A"), new("fn:B", DiagramNodeKind.Function, "B"), new("queue:q", DiagramNodeKind.Queue, "q")],
            Edges = [new("fn:A", "queue:q", DiagramEdgeKind.Write, "write"), new("fn:B", "fn:A", DiagramEdgeKind.Triggers, null), new("queue:q", "fn:B", DiagramEdgeKind.Triggers, null)],
        };

        var svg = XElement.Parse(SvgDiagramWriter.Write(diagram));

        Assert.Equal(3, svg.Descendants().Count(e => e.Name.LocalName == "path" && e.Attribute("marker-end") is not null));
    }

    [Fact]
    public void Svg_text_is_escaped()
    {
        var manifest = new ServiceManifest("x", [IaCFixtures.Function("F", new SnsTrigger("<script>alert(1)</script>&", null))]);

        var svg = SvgDiagramWriter.Write(ArchitectureDiagram.From(manifest)!);

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        _ = XElement.Parse(svg);
    }

    [Fact]
    public void Every_report_format_carries_the_diagram()
    {
        var diagram = ArchitectureDiagram.From(Manifest())!;
        var report = SampleReports.WithinBudgets() with { Diagram = diagram };

        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("```mermaid\n" + MermaidDiagramWriter.Write(diagram) + "```\n", markdown, StringComparison.Ordinal);

        var html = HtmlReportWriter.Write(report);
        Assert.Contains(SvgDiagramWriter.Write(diagram), html, StringComparison.Ordinal);

        var json = JsonReportWriter.Write(report);
        using var document = JsonDocument.Parse(json);
        var nodes = document.RootElement.GetProperty("diagram").GetProperty("nodes");
        Assert.Equal(diagram.Nodes.Count, nodes.GetArrayLength());
        Assert.Equal(["id", "kind", "label"], nodes[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("function", nodes[0].GetProperty("kind").GetString());
        Assert.Equal(diagram.Edges, JsonReportWriter.Read(json).Diagram!.Edges);
        Assert.Equal(diagram.Nodes, JsonReportWriter.Read(json).Diagram!.Nodes);

        var without = SampleReports.WithinBudgets();
        Assert.DoesNotContain("mermaid", MarkdownReportWriter.Write(without), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"diagram\"", HtmlReportWriter.Write(without), StringComparison.Ordinal);
    }

    [GeneratedRegex("""^  (?<id>n\d+)[\[\(\{/]""")]
    private static partial Regex MermaidNode();
}
