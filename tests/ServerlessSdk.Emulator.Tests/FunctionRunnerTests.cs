using System.Diagnostics;
using System.Text;

namespace ServerlessSdk.Emulator.Tests;

public sealed class FunctionRunnerTests
{
    private static readonly byte[] Event = Encoding.UTF8.GetBytes("""{"version":"2.0","rawPath":"/"}""");

    private static readonly ProbeOptions Quick = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Measures_the_cold_start_of_a_well_behaved_function()
    {
        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("echo"), Event, Quick with { WarmInvocations = 5 });

        Assert.True(sample.Succeeded, sample.Failure?.Message);
        Assert.True(sample.Init > TimeSpan.Zero);
        Assert.True(sample.ColdStart > sample.Init);
        Assert.True(sample.FirstInvoke > TimeSpan.Zero);
        Assert.True(sample.ColdStart >= sample.Init + sample.FirstInvoke);
        Assert.Equal(5, sample.WarmLatencies.Count);
        Assert.All(sample.WarmLatencies, latency => Assert.True(latency > TimeSpan.Zero));
        Assert.True(sample.WarmThroughput > 0);
        Assert.True(sample.PeakRssBytes > 1024 * 1024);
        Assert.Equal(Event, sample.FirstInvocation?.Body);
        Assert.Null(sample.ExitCode);
    }

    [Fact]
    public async Task Reports_a_process_that_exits_before_responding_with_its_exit_code_and_logs()
    {
        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("exit"), Event, Quick);

        Assert.Equal(ProbeFailureKind.ProcessExited, sample.Failure?.Kind);
        Assert.Equal(3, sample.Failure?.ExitCode);
        Assert.Equal(3, sample.ExitCode);
        Assert.Equal("process exited with code 3 before asking for an invocation", sample.Failure?.Message);
        Assert.Contains(sample.Logs, l => l.Text == "fatal: cannot start");
        Assert.Null(sample.ColdStart);
    }

    [Fact]
    public async Task Reports_a_process_that_exits_between_invocations()
    {
        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("respond-then-exit"), Event, Quick with { WarmInvocations = 2 });

        Assert.Equal(ProbeFailureKind.ProcessExited, sample.Failure?.Kind);
        Assert.Equal(0, sample.ExitCode);
        Assert.NotNull(sample.ColdStart); // the cold start itself was measured
    }

    [Fact]
    public async Task Times_out_and_kills_a_function_that_hangs()
    {
        var stopwatch = Stopwatch.StartNew();

        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("hang"), Event, Quick with { Timeout = TimeSpan.FromMilliseconds(500) });

        Assert.Equal(ProbeFailureKind.TimedOut, sample.Failure?.Kind);
        Assert.Contains("never asked for an invocation", sample.Failure?.Message, StringComparison.Ordinal);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
        var pid = FakeRuntime.PidFrom(sample.Logs);
        Assert.NotNull(pid);
        Assert.False(Directory.Exists($"/proc/{pid}"), "the hanging process must be killed");
    }

    [Fact]
    public async Task Reports_an_init_error_without_waiting_for_the_timeout()
    {
        var stopwatch = Stopwatch.StartNew();

        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("init-error"), Event, Quick);

        Assert.Equal(ProbeFailureKind.InitError, sample.Failure?.Kind);
        Assert.Contains("Runtime.ConfigError", sample.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("missing TABLE_NAME", sample.InitError?.BodyText, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Reports_an_invocation_error()
    {
        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("error"), Event, Quick);

        Assert.Equal(ProbeFailureKind.InvocationError, sample.Failure?.Kind);
        Assert.Equal(InvocationOutcome.Error, sample.FirstInvocation?.Outcome);
        Assert.Equal("Runtime.Unhandled", sample.FirstInvocation?.ErrorType);
        Assert.StartsWith("invocation error Runtime.Unhandled: ", sample.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_runtime_api_protocol_error()
    {
        var sample = await FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("bad-id"), Event, Quick);

        Assert.Equal(ProbeFailureKind.ProtocolError, sample.Failure?.Kind);
        Assert.Contains("400 InvalidRequestID", sample.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_program_that_cannot_be_started()
    {
        var sample = await FunctionRunner.MeasureColdStartAsync(FunctionCommand.Executable("/nonexistent/bootstrap"), Event, Quick);

        Assert.Equal(ProbeFailureKind.LaunchFailed, sample.Failure?.Kind);
        Assert.Contains("/nonexistent/bootstrap", sample.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_host_starts_in_the_lambda_environment()
    {
        // A missing dll makes the muxer itself fail fast with a message: proof it started in the empty environment.
        var command = FunctionCommand.DotnetDll(Path.Combine(Path.GetTempPath(), "no-such-function.dll"));

        var sample = await FunctionRunner.MeasureColdStartAsync(command, Event, Quick);

        Assert.Equal(ProbeFailureKind.ProcessExited, sample.Failure?.Kind);
        Assert.NotEqual(0, sample.ExitCode);
        Assert.Contains(sample.Logs, l => l.Text.Contains("no-such-function.dll", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Measures_several_fresh_processes_and_summarizes_them()
    {
        var report = await FunctionRunner.MeasureColdStartsAsync(FakeRuntime.Command("echo"), Event, runs: 3, Quick with { WarmInvocations = 2 });

        Assert.True(report.AllSucceeded);
        Assert.Equal(3, report.ColdStartMs?.Count);
        Assert.Equal(3, report.InitMs?.Count);
        Assert.Equal(6, report.WarmLatencyMs?.Count);
        Assert.Equal(3, report.PeakRssMb?.Count);
        Assert.True(report.ColdStartMs?.Median > 0);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task Cancellation_still_kills_the_function()
    {
        using var cancellation = new CancellationTokenSource();
        var lines = new List<LogLine>();
        var options = Quick with { Launch = new LaunchOptions { LogReceived = OnLine } };

        void OnLine(LogLine line)
        {
            lock (lines)
            {
                lines.Add(line);
            }

            cancellation.Cancel(); // the process is up and has printed its pid
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            FunctionRunner.MeasureColdStartAsync(FakeRuntime.Command("hang"), Event, options, cancellation.Token));

        int? pid;
        lock (lines)
        {
            pid = FakeRuntime.PidFrom(lines);
        }

        Assert.NotNull(pid);
        Assert.False(Directory.Exists($"/proc/{pid}"), "the process must be killed on cancellation");
    }
}
