using System.Text.Json;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tests.Measurement;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>The executable's breakdown in each report: JSON, Markdown, HTML and the summary line.</summary>
public sealed class ExecutableReportTests
{
    private static readonly Tooling.Measurement.ExecutableBreakdown Breakdown = ExecutableBreakdownTests.FromFixture();

    [Fact]
    public void The_json_report_carries_every_part_and_reads_back()
    {
        var json = JsonReportWriter.Write(SampleReports.WithinBudgets() with { Executable = Breakdown });

        using var document = JsonDocument.Parse(json);
        var executable = document.RootElement.GetProperty("executable");
        Assert.Equal(20_000, executable.GetProperty("bytes").GetInt64());
        var json0 = executable.GetProperty("parts").EnumerateArray().First(p => p.GetProperty("name").GetString() == "System.Text.Json");
        Assert.Equal("assembly", json0.GetProperty("kind").GetString());
        Assert.Equal("System.Text.Json", json0.GetProperty("namespaces")[0].GetProperty("name").GetString());
        Assert.Equal(Breakdown, JsonReportWriter.Read(json).Executable, new BreakdownComparer());
        Assert.False(JsonDocument.Parse(JsonReportWriter.Write(SampleReports.WithinBudgets())).RootElement.TryGetProperty("executable", out var none) && none.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void The_markdown_report_lists_the_top_parts_with_sizes_and_shares()
    {
        var markdown = MarkdownReportWriter.Write(SampleReports.WithinBudgets() with { Executable = Breakdown });

        Assert.Contains("What bootstrap's 20 KB are", markdown, StringComparison.Ordinal);
        Assert.Contains("| <code>System.Text.Json</code> | 2.4 KB | 12.1% | System.Text.Json 2.4 KB |", markdown, StringComparison.Ordinal);
        Assert.Contains("| <code>Serilog</code> |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("What bootstrap", MarkdownReportWriter.Write(SampleReports.WithinBudgets()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_draws_a_bar_per_part()
    {
        var html = HtmlReportWriter.Write(SampleReports.WithinBudgets() with { Executable = Breakdown });

        Assert.Contains("aria-label=\"Executable size by assembly\"", html, StringComparison.Ordinal);
        Assert.Contains(">System.Text.Json</text>", html, StringComparison.Ordinal);
        Assert.Contains(">Serilog</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Executable size by assembly", HtmlReportWriter.Write(SampleReports.WithinBudgets()), StringComparison.Ordinal);
    }

    [Fact]
    public void Over_the_package_budget_the_summary_names_the_five_largest_assemblies()
    {
        var over = SummaryLine.For(SampleReports.OverBudgets() with { Executable = Breakdown });
        var within = SummaryLine.For(SampleReports.WithinBudgets() with { Executable = Breakdown });

        Assert.EndsWith("; largest in bootstrap: System.Text.Json 2.4 KB, System.Private.CoreLib 2.4 KB, Serilog 1.2 KB", over, StringComparison.Ordinal);
        Assert.DoesNotContain("largest in", within, StringComparison.Ordinal);
    }

    private sealed class BreakdownComparer : IEqualityComparer<Tooling.Measurement.ExecutableBreakdown?>
    {
        public bool Equals(Tooling.Measurement.ExecutableBreakdown? x, Tooling.Measurement.ExecutableBreakdown? y) =>
            x is not null && y is not null && x.File == y.File && x.Bytes == y.Bytes
            && x.Parts.Select(p => (p.Name, p.Kind, p.Bytes, string.Join(",", p.Namespaces))).SequenceEqual(y.Parts.Select(p => (p.Name, p.Kind, p.Bytes, string.Join(",", p.Namespaces))));

        public int GetHashCode(Tooling.Measurement.ExecutableBreakdown? obj) => obj?.Bytes.GetHashCode() ?? 0;
    }
}
