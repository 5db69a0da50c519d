using System.Text.Json;
using ServerlessSdk.Cli.Tests.Infrastructure;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>
/// report over a folder holding two function projects (reports already written where their builds write them) and a
/// library that is no function. Nothing is built: evaluation alone finds every path.
/// </summary>
public sealed class ReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("serverlesssdk-report-").FullName;

    public ReportTests()
    {
        IsolatedWorkspace.Prepare(_folder);

        WriteProject("Library", "Library", "");
    }

    [Fact]
    public void Every_function_project_gets_a_row_with_its_figures_and_the_html_page_is_written()
    {
        WriteFunction("Orders", Report("Orders", coldStartBudgetMs: 100));
        WriteFunction("Payments", Report("Payments", coldStartBudgetMs: 100));

        var result = Tool.Run(_folder, "report", "--no-build").ShouldExitWith(0);

        Assert.Contains("Orders", result.Output, StringComparison.Ordinal);
        Assert.Contains("Payments", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Library", result.Output, StringComparison.Ordinal);
        Assert.Contains("within budgets", result.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_folder, "serverless-overview.html"));
        Assert.Contains("Orders", html, StringComparison.Ordinal);
        Assert.Contains("Payments", html, StringComparison.Ordinal);
    }

    [Fact]
    public void With_json_each_function_carries_its_report_and_an_exceeded_budget_exits_1()
    {
        WriteFunction("Orders", Report("Orders", coldStartBudgetMs: 100));
        WriteFunction("Payments", Report("Payments", coldStartBudgetMs: 1));

        var result = Tool.Run(_folder, "report", _folder, "--no-build", "--json").ShouldExitWith(1);

        using var document = JsonDocument.Parse(result.Output);
        var functions = document.RootElement.GetProperty("functions").EnumerateArray().ToDictionary(f => f.GetProperty("function").GetString()!);
        Assert.Equal(["Orders", "Payments"], functions.Keys.Order());
        Assert.True(functions["Orders"].GetProperty("withinBudgets").GetBoolean());
        Assert.False(functions["Payments"].GetProperty("withinBudgets").GetBoolean());
        Assert.Equal(1, functions["Payments"].GetProperty("report").GetProperty("budgetsExceeded").GetInt32());
    }

    [Fact]
    public void A_function_without_a_report_is_listed_with_warning_SLS6131()
    {
        WriteFunction("Orders", Report("Orders", coldStartBudgetMs: 100));
        WriteProject("Unmeasured", "Unmeasured", "<PackageReference Include=\"ServerlessSdk.Build\" Version=\"0.1.0\" />", exe: true);

        var result = Tool.Run(_folder, "report", "--no-build").ShouldExitWith(0);

        Assert.Contains("SLS6131", result.Codes);
        Assert.Contains("no report", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_serverless_report_html_in_the_folder_is_left_alone()
    {
        WriteFunction("Orders", Report("Orders", coldStartBudgetMs: 100));
        var handWritten = Path.Combine(_folder, "serverless-report.html");
        File.WriteAllText(handWritten, "<p>our own notes</p>");

        Tool.Run(_folder, "report", "--no-build").ShouldExitWith(0);

        Assert.Equal("<p>our own notes</p>", File.ReadAllText(handWritten));
        Assert.Contains("Orders", File.ReadAllText(Path.Combine(_folder, "serverless-overview.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_replaces_its_own_earlier_output_but_a_file_it_did_not_write_is_SLS6133()
    {
        WriteFunction("Orders", Report("Orders", coldStartBudgetMs: 100));
        var page = Path.Combine(_folder, "serverless-overview.html");
        Tool.Run(_folder, "report", "--no-build").ShouldExitWith(0);
        File.AppendAllText(page, "<!-- an earlier run -->");
        Tool.Run(_folder, "report", "--no-build").ShouldExitWith(0);
        Assert.DoesNotContain("an earlier run", File.ReadAllText(page), StringComparison.Ordinal);

        var notes = Path.Combine(_folder, "notes.html");
        File.WriteAllText(notes, "<p>our own notes</p>");
        var refused = Tool.Run(_folder, "report", "--no-build", "--html", notes).ShouldExitWith(2);

        Assert.Contains("SLS6133", refused.Codes);
        Assert.Equal("<p>our own notes</p>", File.ReadAllText(notes));
    }

    [Fact]
    public void A_folder_without_function_projects_is_SLS6130()
    {
        Assert.Contains("SLS6130", Tool.Run(_folder, "report", "--no-build").ShouldExitWith(2).Codes);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteFunction(string name, ServerlessReport report)
    {
        WriteProject(name, name, "<PackageReference Include=\"ServerlessSdk.Build\" Version=\"0.1.0\" />", exe: true);
        var output = Path.Combine(_folder, name, "bin", "Release", "net10.0");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, JsonReportWriter.FileName), JsonReportWriter.Write(report));
    }

    private void WriteProject(string folder, string name, string items, bool exe = false)
    {
        Directory.CreateDirectory(Path.Combine(_folder, folder));
        File.WriteAllText(Path.Combine(_folder, folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {(exe ? "<OutputType>Exe</OutputType>" : "")}
              </PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
            </Project>
            """);
    }

    /// <summary>A build report measured at 4 ms cold start, checked against a cold-start budget.</summary>
    private static ServerlessReport Report(string name, double coldStartBudgetMs)
    {
        var coldStart = SampledFigure.Of([3.8, 4.4, 4.0])!;
        var rss = SampledFigure.Of([30.1, 31.0, 30.5]);
        var cost = CostEstimator.Estimate(new CostInputs(WarmDurationMs: 1.2, InitDurationMs: 3.5, MemoryMb: 128, MonthlyInvocations: 1_000_000, ColdStartRate: 0.01));
        var budgets = new FunctionBudgets(ColdStartMs: coldStartBudgetMs, PackageSizeMb: null, MemoryMb: null, MonthlyCostUsd: null, DiagnosticSeverity.Error);
        var evaluation = BudgetEvaluator.Evaluate(budgets, new BudgetMeasurements(coldStart, 1_500_000, rss, cost.X86_64.TotalUsd));
        return new ServerlessReport
        {
            FunctionName = name,
            Kind = MeasurementKind.Build,
            Architecture = "x86_64",
            MemoryMb = 128,
            MeasuredAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero),
            Package = new PackageSize(3_000_000, 1_500_000, 3, []),
            Startup = new StartupFigures(3, 0, coldStart, null, null, null, rss),
            Cost = cost,
            Budgets = evaluation.Checks,
            Diagnostics = evaluation.Diagnostics,
        };
    }
}
