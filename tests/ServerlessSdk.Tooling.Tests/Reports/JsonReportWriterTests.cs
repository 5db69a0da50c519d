using System.Text.Json;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void A_report_survives_a_round_trip()
    {
        var json = JsonReportWriter.Write(SampleReports.OverBudgets());

        var again = JsonReportWriter.Write(JsonReportWriter.Read(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void A_report_without_startup_figures_survives_a_round_trip()
    {
        var json = JsonReportWriter.Write(SampleReports.ProbeFailed());

        var read = JsonReportWriter.Read(json);

        Assert.Null(read.Startup);
        Assert.Null(read.Cost);
        Assert.Equal(json, JsonReportWriter.Write(read));
    }

    [Fact]
    public void The_schema_version_is_1_and_comes_first()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(SampleReports.WithinBudgets()));

        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal("schemaVersion", first.Name);
        Assert.Equal(1, first.Value.GetInt32());
    }

    [Fact]
    public void Top_level_properties_keep_a_stable_order()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(SampleReports.WithinBudgets()));

        Assert.Equal(
            ["schemaVersion", "functionName", "kind", "architecture", "memoryMb", "measuredAt", "package", "startup", "cost", "budgets", "diagnostics", "startupSkippedReason", "lastPublish", "emulator", "budgetsExceeded", "functions", "broadAccess", "unauthenticatedRoutes", "executable", "diagram", "platform", "azureCost"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Enums_are_written_as_camel_case_names()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(SampleReports.OverBudgets()));
        var root = json.RootElement;

        Assert.Equal("publish", root.GetProperty("kind").GetString());
        Assert.Equal("coldStart", root.GetProperty("budgets")[0].GetProperty("kind").GetString());
        Assert.Equal("exceeded", root.GetProperty("budgets")[0].GetProperty("status").GetString());
        Assert.Equal("notSet", root.GetProperty("budgets")[3].GetProperty("status").GetString());
        Assert.Equal("warning", root.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Samples_and_their_summary_are_both_written()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(SampleReports.WithinBudgets()));

        var coldStart = json.RootElement.GetProperty("startup").GetProperty("coldStartMs");
        Assert.Equal([3.8, 4.4, 3.6], coldStart.GetProperty("samples").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(3.8, coldStart.GetProperty("summary").GetProperty("median").GetDouble());
        Assert.Equal(4.4, coldStart.GetProperty("summary").GetProperty("p90").GetDouble());
    }

    [Fact]
    public void The_file_uses_unix_line_ends_and_ends_with_one()
    {
        var json = JsonReportWriter.Write(SampleReports.WithinBudgets());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_from_a_newer_schema_is_refused()
    {
        var json = JsonReportWriter.Write(SampleReports.WithinBudgets()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal);

        Assert.Throws<NotSupportedException>(() => JsonReportWriter.Read(json));
    }
}
