using System.Diagnostics;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>
/// A foreign executable's run under an emulator (qemu-user, as <c>ForeignExecutable</c> sets it up) that fails or
/// hangs leaves the cold start unmeasured with one SLS2050 warning, within a bound: never an error, never a hang.
/// The function is the fake runtime, run as if under qemu.
/// </summary>
public sealed class EmulatedProbeTests
{
    private const string Emulator = "qemu-aarch64-static";

    private static readonly StartupProbeOptions Short = new()
    {
        Runs = 2, WarmUpRuns = 0, WarmInvocations = 1, Timeout = TimeSpan.FromSeconds(2), TotalTimeout = TimeSpan.FromSeconds(4),
    };

    [Theory]
    [InlineData("exit")]
    [InlineData("init-error")]
    [InlineData("hang")]
    public async Task A_failing_or_hanging_emulated_run_is_one_warning_and_no_figures(string mode)
    {
        var clock = Stopwatch.StartNew();

        var (figures, diagnostics) = await ProbeAsync(mode, Emulator);

        Assert.Null(figures);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ProbeUnmeasuredUnderEmulation, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.True(clock.Elapsed < Short.TotalTimeout + (2 * FunctionMeasurement.EmulatedGrace), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_healthy_emulated_run_is_measured_without_the_warning()
    {
        var (figures, diagnostics) = await ProbeAsync("echo", Emulator);

        Assert.NotNull(figures);
        Assert.Equal(Short.Runs, figures.Runs);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.ProbeUnmeasuredUnderEmulation);
    }

    [Fact]
    public async Task A_native_run_that_fails_is_still_the_probes_own_error()
    {
        var (figures, diagnostics) = await ProbeAsync("exit", emulator: null);

        Assert.Null(figures);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ProbeFunctionExited, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    private static async Task<(StartupFigures? Figures, List<ServerlessDiagnostic> Diagnostics)> ProbeAsync(string mode, string? emulator)
    {
        var request = new MeasurementRequest
        {
            FunctionName = "Api",
            Kind = MeasurementKind.Publish,
            PackageFolder = Path.GetTempPath(),
            ReportFolder = Path.GetTempPath(),
            MeasuredAt = DateTimeOffset.UnixEpoch,
            Probe = Short,
        };
        var diagnostics = new List<ServerlessDiagnostic>();
        var figures = await FunctionMeasurement.ProbeOneAsync(
            FakeRuntime.Command(mode), emulator, DefaultEvent.For(null, null, null), name: null, 128,
            new Dictionary<string, string>(), request, diagnostics, CancellationToken.None);
        return (figures, diagnostics);
    }
}
