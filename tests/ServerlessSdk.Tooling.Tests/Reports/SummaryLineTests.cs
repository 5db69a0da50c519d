using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class SummaryLineTests
{
    [Fact]
    public void A_report_within_budgets_reads_as_one_line()
    {
        var line = SummaryLine.For(SampleReports.WithinBudgets());

        Assert.Equal("MyApi: 1.90 MB zipped, cold start 3.80 ms (p90 4.40 ms), 7.2 MB RSS, est. $0.42/month at 1M invocations — within budgets", line);
    }

    [Fact]
    public void Exceeded_budgets_are_counted_and_other_findings_named()
    {
        var line = SummaryLine.For(SampleReports.OverBudgets());

        Assert.EndsWith("— 2 budgets exceeded; see SLS2004", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_probe_leaves_the_startup_figures_out()
    {
        var line = SummaryLine.For(SampleReports.ProbeFailed());

        Assert.Equal("MyApi: 1.90 MB zipped, cold start not measured — checks failed: see SLS2002", line);
    }

    [Fact]
    public void A_refused_setting_never_reads_as_within_budgets()
    {
        var report = SampleReports.WithinBudgets() with
        {
            Diagnostics = [ServerlessDiagnostic.Error(DiagnosticCodes.InvalidColdStartBudget, "ServerlessColdStartBudget is 'abc'.")],
        };

        var line = SummaryLine.For(report);

        Assert.DoesNotContain("within budgets", line, StringComparison.Ordinal);
        Assert.EndsWith("— checks failed: see SLS3001", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_probe_says_why_and_names_the_budgets_it_could_not_check()
    {
        var report = SampleReports.ProbeFailed() with
        {
            Diagnostics = [new ServerlessDiagnostic(DiagnosticCodes.ProbeSkipped, DiagnosticSeverity.Info, "skipped")],
            StartupSkippedReason = "bootstrap is built for aarch64 (arm64) and this machine is x64 without qemu-user",
        };

        var line = SummaryLine.For(report);

        Assert.Contains("cold start not measured (bootstrap is built for aarch64 (arm64) and this machine is x64 without qemu-user)", line, StringComparison.Ordinal);
        Assert.EndsWith("— within the budgets measured; not measured: cold start, memory", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_line_is_labelled_a_jit_estimate_and_shows_the_last_publish()
    {
        var report = SampleReports.WithinBudgets() with
        {
            Kind = MeasurementKind.Build,
            LastPublish = new PublishedFigures(SampleReports.MeasuredAt, "x86_64", 1_740_000, 7.0, 6.1),
        };

        var line = SummaryLine.For(report);

        Assert.StartsWith("MyApi (JIT estimate): ", line, StringComparison.Ordinal);
        Assert.EndsWith("; last publish (Native AOT, x86_64): 1.74 MB zipped, cold start 7.00 ms, 6.1 MB RSS", line, StringComparison.Ordinal);
    }
}
