using System.Diagnostics;
using System.Text;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Tests.Checks;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.Measurement;

public sealed class StartupProbeTests
{
    private static readonly byte[] Event = Encoding.UTF8.GetBytes("""{"version":"2.0","rawPath":"/"}""");

    private static readonly StartupProbeOptions Quick = new() { Runs = 2, WarmInvocations = 2, Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task A_well_behaved_function_gets_every_figure_from_every_run()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("echo"), Event, Quick with { Runs = 3 });

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var figures = result.Figures!;
        Assert.Equal(3, figures.Runs);
        Assert.Equal(3, figures.ColdStartMs.Samples.Count);
        Assert.Equal(3, figures.InitMs!.Samples.Count);
        Assert.Equal(3, figures.FirstInvokeMs!.Samples.Count);
        Assert.Equal(6, figures.WarmInvokeMs!.Samples.Count);
        Assert.Equal(3, figures.PeakRssMb!.Samples.Count);
        Assert.True(figures.ColdStartMs.Summary.Median > figures.InitMs.Summary.Min);
        Assert.True(figures.PeakRssMb.Summary.Min > 1);
        Assert.Empty(result.FailureLog);
    }

    [Fact]
    public async Task Warm_up_runs_are_made_but_not_counted()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("echo"), Event, Quick with { Runs = 2, WarmUpRuns = 1 });

        Assert.Equal(2, result.Figures!.Runs);
        Assert.Equal(1, result.Figures.DiscardedWarmUpRuns);
        Assert.Equal(2, result.Figures.ColdStartMs.Samples.Count);
    }

    [Fact]
    public async Task A_crash_is_reported_with_its_exit_code_and_last_output()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("exit"), Event, Quick);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ProbeFunctionExited, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("code 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("fatal: cannot start", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', diagnostic.Message);
        Assert.Contains("fatal: cannot start", result.FailureLog);
        Assert.Null(result.Figures);
    }

    [Fact]
    public async Task A_crash_stops_the_probe_instead_of_repeating_it()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("exit"), Event, Quick with { Runs = 5 });

        Assert.Single(result.FailureLog, line => line.StartsWith("pid ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_failure_log_keeps_at_most_twenty_lines()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("exit"), Event, Quick);

        Assert.InRange(result.FailureLog.Count, 1, StartupProbe.FailureLogLines);
    }

    [Fact]
    public async Task A_hanging_function_times_out_and_is_killed()
    {
        var stopwatch = Stopwatch.StartNew();

        var result = await StartupProbe.RunAsync(FakeRuntime.Command("hang"), Event, Quick with { Timeout = TimeSpan.FromMilliseconds(500) });

        Assert.Equal([DiagnosticCodes.ProbeTimedOut], Codes.Of(result.Diagnostics));
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8));
        var pid = FakeRuntime.PidFrom(result.FailureLog);
        Assert.NotNull(pid);
        Assert.False(Directory.Exists($"/proc/{pid}"), "the hanging process must be killed");
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_probe()
    {
        var stopwatch = Stopwatch.StartNew();

        var result = await StartupProbe.RunAsync(
            FakeRuntime.Command("hang"), Event, Quick with { Runs = 5, Timeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(1) });

        Assert.Equal([DiagnosticCodes.ProbeTimedOut], Codes.Of(result.Diagnostics));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task An_init_error_is_reported_with_its_code()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("init-error"), Event, Quick);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ProbeInitError, diagnostic.Code);
        Assert.Contains("missing TABLE_NAME", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invocation_error_is_a_warning_and_the_cold_start_is_still_measured()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("error"), Event, Quick with { Runs = 2 });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ProbeInvocationError, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(2, result.Figures!.ColdStartMs.Samples.Count);
        Assert.Null(result.Figures.WarmInvokeMs);
    }

    [Fact]
    public async Task A_misused_runtime_api_is_reported_with_its_code()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("bad-id"), Event, Quick);

        Assert.Equal([DiagnosticCodes.ProbeProtocolError], Codes.Of(result.Diagnostics));
    }

    [Fact]
    public async Task A_file_that_is_not_executable_is_a_launch_failure()
    {
        using var folder = new TempFolder();
        var text = folder.Write("bootstrap", "not a program");

        var result = await StartupProbe.RunAsync(FunctionCommand.Executable(text), Event, Quick);

        Assert.Equal([DiagnosticCodes.ProbeLaunchFailed], Codes.Of(result.Diagnostics));
    }

    [Fact]
    public async Task A_missing_executable_is_a_launch_failure()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sls-missing-" + Guid.NewGuid().ToString("N"), "bootstrap");

        var result = await StartupProbe.RunAsync(FunctionCommand.Executable(missing), Event, Quick);

        Assert.Equal([DiagnosticCodes.ProbeLaunchFailed], Codes.Of(result.Diagnostics));
    }

    [Fact]
    public async Task Build_probe_failures_are_warnings()
    {
        var result = await StartupProbe.RunAsync(FakeRuntime.Command("exit"), Event, StartupProbeOptions.For(MeasurementKind.Build) with { Runs = 1 });

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Publish_probes_discard_one_warm_up_run_and_build_probes_none()
    {
        Assert.Equal(1, StartupProbeOptions.For(MeasurementKind.Publish).WarmUpRuns);
        Assert.Equal(0, StartupProbeOptions.For(MeasurementKind.Build).WarmUpRuns);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_thrown_not_reported()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => StartupProbe.RunAsync(FakeRuntime.Command("hang"), Event, Quick, cancellation.Token));
    }
}
