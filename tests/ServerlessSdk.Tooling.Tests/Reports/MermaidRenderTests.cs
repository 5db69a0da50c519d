using System.Net;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tests.IaC;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>
/// The Markdown report's flowchart through Mermaid itself (build/install-mermaid.sh), in headless Chromium: what
/// GitHub does with it. A parse error is a console message; a drawn diagram is an SVG in the DOM.
/// </summary>
public sealed class MermaidRenderTests : IDisposable
{
    private static readonly string Bundle = Path.Combine(Repository.Root, "build", "mermaid", "node_modules", "mermaid", "dist", "mermaid.min.js");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mermaid-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Every_trigger_kind_and_hostile_names_parse_and_draw()
    {
        var hostile = new ServiceManifest(
            "x",
            [
                IaCFixtures.Function("Evil", new SqsTrigger("q\"]; click n0 call alert(1) %%", 1, 0, true, 0), new SnsTrigger("t`<b>#|{}()", null)),
                IaCFixtures.Function("Unicode", new S3Trigger("bücket-😀", ["s3:ObjectCreated:*"], null, null)),
            ]);

        foreach (var manifest in (ServiceManifest[])[IaCFixtures.Complete(), hostile])
        {
            var page = Render(MermaidDiagramWriter.Write(ArchitectureDiagram.From(manifest)!));

            Assert.Empty(page.ConsoleMessages);
            Assert.Contains("data-rendered=\"svg\"", page.Dom, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_broken_flowchart_is_caught()
    {
        // The control: an unescaped quote, which the writer never leaves, is a parse error.
        var page = Render("flowchart LR\n  n0([\"POST \"/orders\"])\n");

        Assert.NotEmpty(page.ConsoleMessages);
        Assert.DoesNotContain("data-rendered=\"svg\"", page.Dom, StringComparison.Ordinal);
    }

    private RenderedPage Render(string flowchart)
    {
        Assert.True(File.Exists(Bundle), $"Mermaid is not installed in {Bundle}: run build/install-mermaid.sh");
        var file = Path.Combine(_folder.FullName, "diagram.html");
        File.WriteAllText(file, $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><script src="{{new Uri(Bundle).AbsoluteUri}}"></script></head><body>
            <pre class="mermaid">{{WebUtility.HtmlEncode(flowchart)}}</pre>
            <script>
            mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
            const text = document.querySelector("pre").textContent;
            mermaid.parse(text).then(() => mermaid.run()).then(
              () => document.body.setAttribute("data-rendered", document.querySelector("pre svg") ? "svg" : "none"),
              e => console.error("mermaid: " + e.message));
            </script></body></html>
            """);
        return HeadlessChromium.RenderScripted(file);
    }
}
