using System.Text;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Writes <c>serverless-report.md</c>: a table fit for a pull request comment or a GitHub job summary, one row per
/// figure with its budget and a ✅/❌ status, then the largest files and any diagnostics.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The file name hosts write it to.</summary>
    public const string FileName = "serverless-report.md";

    /// <summary>The report as GitHub-flavoured Markdown.</summary>
    public static string Write(ServerlessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var (good, verdict) = ReportVerdict.For(report);
        md.Append("### ").Append(good ? "✅ " : "❌ ").Append(Text(report.FunctionName)).Append(": ").Append(Text(verdict)).Append('\n');
        md.Append('\n');
        md.Append(Text($"{ReportFormat.Kind(report.Kind)}, {report.Architecture}, {report.MemoryMb} MB")).Append('\n');
        md.Append('\n');
        foreach (var note in ReportNotes.For(report))
        {
            md.Append("> ").Append(Text(note)).Append('\n');
            md.Append('\n');
        }

        md.Append("| figure | measured | budget | status |\n");
        md.Append("|---|---:|---:|:---:|\n");
        AppendFigures(md, report);
        AppendFunctions(md, report);
        AppendDiagram(md, report.Diagram);
        AppendCost(md, report);
        AppendLargestFiles(md, report.Package);
        AppendBroadAccess(md, report.BroadAccess);
        AppendExecutable(md, report.Executable);
        AppendDiagnostics(md, report.Diagnostics);
        return md.ToString();
    }

    private static void AppendFigures(StringBuilder md, ServerlessReport report)
    {
        foreach (var check in report.Budgets)
        {
            var measured = ReportFormat.Measured(check, report);
            if (check.Kind == BudgetKind.ColdStart && report.Startup is { } startup)
            {
                var summary = startup.ColdStartMs.Summary;
                measured += $" (p90 {ReportFormat.Ms(summary.P90)}, {summary.Count} runs)";
            }
            else if (check.Kind == BudgetKind.MonthlyCost && report.Cost is not null)
            {
                measured += $" ({report.Architecture})";
            }

            Row(md, ReportFormat.Label(check.Kind), measured, ReportFormat.Limit(check), Status(check.Status));
            if (check.Kind == BudgetKind.PackageSize && report.Package is { } package)
            {
                Row(md, "Package (unzipped)", $"{ReportFormat.Bytes(package.TotalBytes)} in {ReportVerdict.Plural(package.FileCount, "file")}", "—", "");
            }
            else if (check.Kind == BudgetKind.ColdStart && report.Startup is { } figures)
            {
                if (figures.InitMs is { } init)
                {
                    Row(md, "Init (median)", ReportFormat.Ms(init.Summary.Median), "—", "");
                }

                if (figures.FirstInvokeMs is { } first)
                {
                    Row(md, "First invocation (median)", ReportFormat.Ms(first.Summary.Median), "—", "");
                }

                if (figures.WarmInvokeMs is { } warm)
                {
                    Row(md, "Warm invocation (median)", ReportFormat.Ms(warm.Summary.Median), "—", "");
                }
            }
        }
    }

    private static void AppendFunctions(StringBuilder md, ServerlessReport report)
    {
        if (report.Functions is not { Count: > 0 } functions)
        {
            return;
        }

        md.Append('\n');
        md.Append(Text($"{functions.Count} functions in one bootstrap, each probed with SERVERLESS_FUNCTION set to its name; above, the slowest function's timings and each budget against the worst function.")).Append('\n');
        md.Append('\n');
        md.Append("| ").Append(string.Join(" | ", ReportFormat.FunctionColumns)).Append(" | budgets |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|:---:|\n");
        foreach (var function in functions)
        {
            var status = function.BudgetsExceeded > 0 ? $"❌ {function.BudgetsExceeded} exceeded"
                : function.Startup is null ? "—" : "✅";
            var cells = ReportFormat.FunctionRow(function, report.Architecture);
            cells[0] = Text(cells[0]);
            Row(md, [.. cells, status]);
        }
    }

    private static void AppendDiagram(StringBuilder md, ArchitectureDiagram? diagram)
    {
        if (diagram is not { Nodes.Count: > 0 })
        {
            return;
        }

        md.Append('\n');
        md.Append("<details open><summary>Architecture</summary>\n\n");
        md.Append(MermaidDiagramWriter.Fenced(diagram));
        md.Append("\n</details>\n");
    }

    private static void AppendCost(StringBuilder md, ServerlessReport report)
    {
        if (report.AzureCost is { } azure)
        {
            md.Append('\n').Append(Text(ReportFormat.DescribeAzureCost(azure, report.MemoryMb, report.Functions is { Count: > 0 }))).Append('\n');
            return;
        }

        if (report.Cost is not { } cost)
        {
            return;
        }

        md.Append('\n');
        md.Append(Text(
            $"{(report.Functions is { Count: > 0 } ? "The costliest function's estimated cost" : "Estimated cost")} at {ReportFormat.Number(cost.MonthlyInvocations)} invocations a month, {ReportFormat.Percent(cost.ColdStartRate)} cold, {cost.MemoryMb} MB: "
            + $"x86_64 {ReportFormat.Usd(cost.X86_64.TotalUsd)} ({ReportFormat.Usd(cost.X86_64.TotalWithFreeTierUsd)} after the free tier), "
            + $"arm64 {ReportFormat.Usd(cost.Arm64.TotalUsd)} ({ReportFormat.Usd(cost.Arm64.TotalWithFreeTierUsd)} after the free tier). "
            + $"{cost.Region} prices of {cost.PricesAsOf:yyyy-MM-dd}."))
            .Append('\n');
    }

    private static void AppendLargestFiles(StringBuilder md, PackageSize? package)
    {
        if (package is null || package.LargestFiles.Count == 0)
        {
            return;
        }

        md.Append('\n');
        md.Append("<details><summary>Largest files</summary>\n\n");
        md.Append("| file | size | zipped |\n");
        md.Append("|---|---:|---:|\n");
        foreach (var file in package.LargestFiles)
        {
            Row(md, Code(file.Path), ReportFormat.Bytes(file.Bytes), ReportFormat.Bytes(file.ZippedBytes));
        }

        md.Append("\n</details>\n");
    }

    private static void AppendBroadAccess(StringBuilder md, IReadOnlyList<BroadAccessGrant> grants)
    {
        if (grants.Count == 0)
        {
            return;
        }

        md.Append('\n');
        md.Append("**Broad IAM access** (`AllowBroadAccess`, SLS4020)\n\n");
        md.Append("| function | statement | justification |\n");
        md.Append("|---|---|---|\n");
        foreach (var grant in grants)
        {
            Row(md, Text(grant.Function), Code(grant.Statement), Text(grant.Justification));
        }
    }

    private static void AppendExecutable(StringBuilder md, ExecutableBreakdown? executable)
    {
        if (executable is null)
        {
            return;
        }

        md.Append('\n');
        md.Append("<details><summary>").Append(Text($"What {executable.File}'s {ReportFormat.Bytes(executable.Bytes)} are")).Append("</summary>\n\n");
        md.Append("| part | size | share | largest namespaces |\n");
        md.Append("|---|---:|---:|---|\n");
        foreach (var part in executable.Top(ReportFormat.ExecutableParts))
        {
            var namespaces = string.Join(", ", part.Namespaces.Select(n => $"{n.Name} {ReportFormat.Bytes(n.Bytes)}"));
            Row(md, part.Kind == ExecutablePartKind.Assembly ? Code(part.Name) : Text(part.Name), ReportFormat.Bytes(part.Bytes), ReportFormat.Share(part.Bytes, executable.Bytes), Text(namespaces));
        }

        md.Append("\n</details>\n");
    }

    private static void AppendDiagnostics(StringBuilder md, IReadOnlyList<ServerlessDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        md.Append('\n');
        foreach (var diagnostic in diagnostics)
        {
            var icon = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "❌",
                DiagnosticSeverity.Warning => "⚠️",
                _ => "ℹ️",
            };
            md.Append("- ").Append(icon).Append(" **").Append(diagnostic.Code).Append("** ").Append(Text(diagnostic.Message)).Append('\n');
        }
    }

    private static string Status(BudgetStatus status) => status switch
    {
        BudgetStatus.Within => "✅",
        BudgetStatus.Exceeded => "❌",
        BudgetStatus.NotSet => "no budget",
        _ => "—",
    };

    private static void Row(StringBuilder md, params string[] cells) =>
        md.Append("| ").Append(string.Join(" | ", cells.Select(Cell))).Append(" |\n");

    // A cell is one line with no unescaped pipe; text that came from outside (names, paths, messages) is escaped too.
    private static string Cell(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal);

    private static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    private static string Code(string text) => $"<code>{System.Net.WebUtility.HtmlEncode(text)}</code>";
}
