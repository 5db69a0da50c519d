using System.CommandLine;
using System.Text.Json;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Projects;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Reports;
using Spectre.Console;

namespace ServerlessSdk.Cli.Commands;

/// <summary><c>dotnet serverless report</c>: every function project's latest measurement in one table and one HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(Terminal terminal)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A solution (.sln, .slnx), a project, or a folder to search (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var configuration = CommonOptions.Configuration("Release");
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build projects that have no report yet." };
        var html = new Option<string?>("--html") { Description = "Where to write the HTML page (default: serverless-overview.html in the solution's or folder's directory); a file the tool did not write is never replaced." };
        var json = CommonOptions.Json();
        var command = new Command("report", "Package size, cold start, memory, monthly cost and budget status of every function project, from the reports its build wrote.")
        {
            path, configuration, noBuild, html, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(terminal, result, cancellationToken, () =>
            RunAsync(terminal, result.GetValue(path), result.GetValue(configuration)!, result.GetValue(noBuild), result.GetValue(html), result.GetValue(json), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, string? path, string configuration, bool noBuild, string? htmlPath, bool json, CancellationToken cancellationToken)
    {
        var projects = ProjectLocator.FindAll(path);
        var builder = new ProjectBuilder(terminal);
        var entries = new List<OverviewEntry>();
        foreach (var projectPath in projects)
        {
            EvaluatedProject project;
            try
            {
                project = ProjectEvaluator.Evaluate(projectPath, configuration);
            }
            catch (ToolException ex) when (projects.Count > 1)
            {
                // One broken project in a folder must not hide the others' reports.
                terminal.Diagnostic(ex.Diagnostic);
                continue;
            }

            if (!project.IsFunction)
            {
                continue;
            }

            var (report, reportPath) = ReportFinder.Find(project, terminal.Diagnostic);
            if (report is null && !noBuild)
            {
                // The build measures the function and writes the report (when it references ServerlessSdk.Build).
                await builder.BuildAsync(project, cancellationToken).ConfigureAwait(false);
                (report, reportPath) = ReportFinder.Find(project, terminal.Diagnostic);
            }

            if (report is null)
            {
                terminal.Diagnostic(ServerlessDiagnostic.Warning(DiagnosticCodes.ReportMissing,
                    $"{project.Name} has no serverless-report.json{(noBuild ? "" : " even after a build")}; reference ServerlessSdk.Build to measure it on build.", project.ProjectPath));
            }

            entries.Add(new OverviewEntry(report?.FunctionName ?? project.Name, project.ProjectPath, report, reportPath));
        }

        if (entries.Count == 0)
        {
            throw ToolException.Error(DiagnosticCodes.NoFunctionProjects,
                $"No function project was found in {Path.GetFullPath(path ?? ".")} ({projects.Count} project(s) looked at); a function project is an executable referencing ServerlessSdk.Runtime or ServerlessSdk.Build.");
        }

        var page = Path.GetFullPath(htmlPath ?? Path.Combine(DefaultFolder(path), OverviewReport.FileName));
        RefuseForeignFile(page);
        FileWriter.WriteIfChanged(page, OverviewReport.Html(entries, DateTimeOffset.Now));
        if (json)
        {
            WriteJson(terminal, entries, page);
        }
        else
        {
            WriteTable(terminal, entries);
            terminal.ErrorLine($"HTML: {page}");
        }

        return entries.All(e => e.IsGood || e.Report is null) ? ExitCodes.Success : ExitCodes.FunctionFailed;
    }

    /// <summary>Replacing a page the tool wrote before is its job; replacing anyone else's file is not.</summary>
    private static void RefuseForeignFile(string page)
    {
        if (File.Exists(page) && !File.ReadAllText(page).Contains(OverviewReport.GeneratorMarker, StringComparison.Ordinal))
        {
            throw ToolException.Error(DiagnosticCodes.ReportPageNotOurs,
                $"{page} exists and was not written by dotnet serverless report; pass --html with another file, or move that one away.", page);
        }
    }

    private static string DefaultFolder(string? path)
    {
        var full = Path.GetFullPath(path ?? Directory.GetCurrentDirectory());
        return Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
    }

    private static void WriteTable(Terminal terminal, List<OverviewEntry> entries)
    {
        // A multi-function project's functions follow its row, one each.
        var rows = entries.SelectMany(OverviewReport.Rows).ToList();
        if (!terminal.Out.Profile.Capabilities.Ansi)
        {
            // Redirected: a Markdown table, which reads as plain text and pastes into a pull request.
            var widths = OverviewReport.Columns.Select((c, i) => rows.Select(r => r.Cells[i].Length).Append(c.Length).Max()).ToArray();
            string Line(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => IsNumber(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";
            terminal.OutputLine(Line(OverviewReport.Columns));
            terminal.OutputLine("| " + string.Join(" | ", widths.Select((w, i) => IsNumber(i) ? new string('-', w - 1) + ":" : new string('-', w))) + " |");
            rows.ForEach(r => terminal.OutputLine(Line(r.Cells)));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < OverviewReport.Columns.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(OverviewReport.Columns[i]));
            table.AddColumn(IsNumber(i) ? column.RightAligned() : column);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells.Select(Markup.Escape).ToArray();
            var color = rows[r].Good switch { null => "grey", true => "green", false => "red" };
            cells[^1] = $"[{color}]{cells[^1]}[/]";
            table.AddRow(cells);
        }

        terminal.Out.Write(table);
    }

    /// <summary>The figures' columns: package, cold start, memory, cost.</summary>
    private static bool IsNumber(int column) => column is > 1 and < 6;

    private static void WriteJson(Terminal terminal, List<OverviewEntry> entries, string page) => terminal.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("html", page);
        writer.WriteStartArray("functions");
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteString("function", entry.FunctionName);
            writer.WriteString("project", entry.ProjectPath);
            writer.WriteString("reportPath", entry.ReportPath);
            writer.WriteBoolean("withinBudgets", entry.IsGood);
            writer.WritePropertyName("report");
            if (entry.Report is { } report)
            {
                // The report exactly as serverless-report.json (schema: docs/report-schema.md).
                using var document = JsonDocument.Parse(JsonReportWriter.Write(report));
                document.RootElement.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
