namespace ServerlessSdk.Tooling.Reports;

/// <summary>The HTML report's style sheet, inlined: system fonts only, light and dark schemes.</summary>
internal static class HtmlStyles
{
    public const string Css = """

:root { --fg: #1f2328; --muted: #656d76; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9; --accent: #0969da; --accent-light: #b6d4fb; --init: #8250df; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --ok: #3fb950; --ok-bg: #12261e; --bad: #f85149; --bad-bg: #2d1214; --accent: #4493f8; --accent-light: #1f3b63; --init: #a371f7; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 28px 24px 40px; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 20px; }
h1 { margin: 0; font-size: 28px; }
h2 { font-size: 18px; margin: 0 0 8px; }
.meta { flex-basis: 100%; margin: 0; color: var(--muted); }
.pill { padding: 3px 12px; border-radius: 999px; font-weight: 600; font-size: 14px; }
.pill.ok { color: var(--ok); background: var(--ok-bg); }
.pill.bad { color: var(--bad); background: var(--bad-bg); }
section { margin: 0 0 28px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 14px; }
.card { background: var(--panel); border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.card.ok { border-left-color: var(--ok); }
.card.bad { border-left-color: var(--bad); }
.card-label { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
.card-value { font-size: 28px; font-weight: 650; margin: 2px 0; }
.card-detail { color: var(--muted); font-size: 13px; min-height: 20px; }
.card-budget { font-size: 13px; margin-top: 6px; }
.card.ok .card-budget { color: var(--ok); }
.card.bad .card-budget { color: var(--bad); font-weight: 600; }
.meter { height: 6px; background: var(--line); border-radius: 3px; margin-top: 8px; overflow: hidden; }
.meter div { height: 100%; background: var(--ok); }
.card.bad .meter div { background: var(--bad); }
.chart { width: 100%; height: auto; display: block; margin: 6px 0 12px; font-size: 13px; }
.chart text { fill: var(--fg); }
.chart .muted, .chart .tick { fill: var(--muted); }
.chart .label { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.bar-unzipped { fill: var(--accent-light); }
.bar-zipped { fill: var(--accent); }
.bar-price { fill: var(--init); }
.bar-unzipped.rest { fill: var(--line); }
.bar-zipped.rest { fill: var(--muted); }
.grid { stroke: var(--line); stroke-width: 1; }
.axis { stroke: var(--muted); stroke-width: 1; }
.dot-cold { fill: var(--accent); fill-opacity: .75; stroke: var(--bg); stroke-width: 1.5; }
.dot-init { fill: var(--init); fill-opacity: .75; stroke: var(--bg); stroke-width: 1.5; }
.mark-median { stroke: var(--fg); stroke-width: 2; }
.mark-p90 { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 5 4; }
.mark-budget { stroke: var(--bad); stroke-width: 2; stroke-dasharray: 8 4; }
.chart .mark-budget-text { fill: var(--bad); font-weight: 600; }
.chart .marker { font-size: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; font-size: 13px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.strong { font-weight: 650; }
tr.configured td { background: var(--panel); }
.tag { font-size: 11px; color: var(--accent); border: 1px solid var(--accent); border-radius: 4px; padding: 0 4px; margin-left: 4px; }
.status { font-weight: 600; }
.status.ok { color: var(--ok); }
.status.bad { color: var(--bad); }
.status.none { color: var(--muted); font-weight: 400; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.muted { color: var(--muted); }
.diagnostics { list-style: none; padding: 0; margin: 0; }
.diagnostics li { padding: 8px 12px; border-left: 4px solid var(--line); background: var(--panel); margin-bottom: 6px; border-radius: 4px; overflow-wrap: anywhere; }
.diagnostics li.error { border-left-color: var(--bad); }
.diagnostics li.warning { border-left-color: #bf8700; }
.diagnostics .code { font-weight: 650; }
.diagnostics .sev { color: var(--muted); font-size: 12px; text-transform: uppercase; margin-right: 4px; }
.diagram-frame { overflow-x: auto; }
.diagram { display: block; max-width: 100%; height: auto; margin: 6px 0 12px; font-size: 13px; }
.diagram .node rect { fill: var(--panel); stroke: var(--muted); stroke-width: 1.5; }
.diagram .node.fn rect { fill: #fff4e5; stroke: #d4660f; }
.diagram .node.route rect { stroke: var(--accent); }
.diagram .node.table rect, .diagram .node.bucket rect, .diagram .node.stream rect { stroke: var(--ok); }
.diagram .node.queue rect, .diagram .node.topic rect, .diagram .node.bus rect, .diagram .node.schedule rect { stroke: var(--init); }
.diagram .node text { fill: var(--fg); }
.diagram .node.fn text { fill: #1f2328; }
.diagram .node .kind { fill: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
.diagram .node.fn .kind { fill: #9a4a08; }
.diagram .node .name { font-weight: 600; }
.diagram .edge path { fill: none; stroke: var(--muted); stroke-width: 1.5; }
.diagram .edge.uses path { stroke-dasharray: 6 4; }
.diagram .edge text { fill: var(--muted); font-size: 11.5px; paint-order: stroke; stroke: var(--bg); stroke-width: 4px; }
.diagram .arrow-head { fill: var(--muted); }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }

""";
}
