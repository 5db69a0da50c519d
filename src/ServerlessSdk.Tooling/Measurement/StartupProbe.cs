using System.Diagnostics;
using ServerlessSdk.Emulator;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// Starts a function several times in fresh processes under the Runtime API emulator, invokes it with a sample event
/// and measures cold start, init, invocation time and peak memory, the way the cold-start harness does.
/// </summary>
/// <remarks>
/// It never hangs and never throws for a misbehaving function: every run is bounded by
/// <see cref="StartupProbeOptions.Timeout"/>, the whole probe by <see cref="StartupProbeOptions.TotalTimeout"/>, and
/// failures come back as diagnostics. Only invalid arguments and cancellation through the caller's token throw.
/// </remarks>
public static class StartupProbe
{
    /// <summary>How many of a failed run's last output lines a diagnostic quotes.</summary>
    public const int FailureLogLines = 20;

    // The runner may spend a little past a run's timeout killing the process and draining its output.
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    /// <summary>Probes <paramref name="command"/>, invoking it with <paramref name="sampleEvent"/>.</summary>
    /// <param name="command">How to start the function: <see cref="FunctionCommand.Executable"/> or <see cref="FunctionCommand.DotnetDll"/>.</param>
    /// <param name="sampleEvent">The payload of every invocation, e.g. from <see cref="SampleEvents.For(string?)"/>.</param>
    /// <param name="options">Runs, warm-up, timeouts, environment; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the probe (the function process is still killed).</param>
    public static Task<StartupProbeResult> RunAsync(
        FunctionCommand command, ReadOnlyMemory<byte> sampleEvent, StartupProbeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var sample = sampleEvent.ToArray();
        return RunRunsAsync(
            new ProbeDiagnostics(command, options ?? new StartupProbeOptions()),
            (runOptions, token) => FunctionRunner.MeasureColdStartAsync(command, sample, runOptions, token),
            options,
            cancellationToken);
    }

    /// <summary>
    /// Probes an Azure Functions app through the local Functions host: each run starts the custom handler fresh and
    /// sends <paramref name="request"/> (a proxied HTTP request, or an invocation payload), then the warm requests;
    /// the same runs, warm-up, time limits and statistics as <see cref="RunAsync(FunctionCommand, ReadOnlyMemory{byte}, StartupProbeOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="app">The app folder: host.json and the function.json files.</param>
    /// <param name="command">What to start instead of host.json's executable (<c>dotnet handler.dll</c> for a build, the published executable).</param>
    /// <param name="request">The request every run sends, e.g. from <see cref="AzureSampleRequests.For"/>.</param>
    /// <param name="options">Runs, warm-up, timeouts; <see cref="StartupProbeOptions.Environment"/> are app settings.</param>
    /// <param name="cancellationToken">Stops the probe (the handler is still killed).</param>
    public static Task<StartupProbeResult> RunAzureAsync(
        AzureApp app, FunctionCommand command, AzureRequest request, StartupProbeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(request);
        return RunRunsAsync(
            new ProbeDiagnostics(command, options ?? new StartupProbeOptions(), azure: true),
            (runOptions, token) => AzureFunctionRunner.MeasureColdStartAsync(app, request, command, runOptions, token),
            options,
            cancellationToken);
    }

    /// <summary>The runs and their statistics, whatever measures one run.</summary>
    private static async Task<StartupProbeResult> RunRunsAsync(
        ProbeDiagnostics describe, Func<ProbeOptions, CancellationToken, Task<ColdStartSample>> measureOne, StartupProbeOptions? options, CancellationToken cancellationToken)
    {
        options ??= new StartupProbeOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Runs);
        ArgumentOutOfRangeException.ThrowIfNegative(options.WarmUpRuns);
        ArgumentOutOfRangeException.ThrowIfNegative(options.WarmInvocations);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TotalTimeout, TimeSpan.Zero);

        var started = Stopwatch.GetTimestamp();
        using var backstop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        backstop.CancelAfter(options.TotalTimeout + KillGrace);
        var counted = new List<ColdStartSample>(options.Runs);
        var diagnostics = new List<ServerlessDiagnostic>();
        IReadOnlyList<string> failureLog = [];

        for (var run = 0; run < options.WarmUpRuns + options.Runs; run++)
        {
            var remaining = options.TotalTimeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                diagnostics.Add(describe.OutOfTotalTime(run));
                break;
            }

            ColdStartSample sample;
            try
            {
                sample = await measureOne(RunOptions(options, remaining), backstop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                diagnostics.Add(describe.OutOfTotalTime(run));
                break;
            }

            var isWarmUp = run < options.WarmUpRuns;
            if (sample.Succeeded)
            {
                if (!isWarmUp)
                {
                    counted.Add(sample);
                }

                continue;
            }

            failureLog = [.. sample.Logs.Select(line => line.Text)];
            var diagnostic = describe.Failure(sample, failureLog, cutShortByTotalTimeout: remaining < options.Timeout);
            if (!diagnostics.Any(d => d.Code == diagnostic.Code))
            {
                diagnostics.Add(diagnostic);
            }

            // An invocation error still timed the whole cold start, and every run will answer the same way: keep
            // measuring. Anything else means the function did not start properly; more runs would only repeat it.
            if (sample.Failure!.Kind is not (ProbeFailureKind.InvocationError or ProbeFailureKind.ResponseTooLarge) || sample.ColdStart is null)
            {
                break;
            }

            if (!isWarmUp)
            {
                counted.Add(sample);
            }
        }

        return new StartupProbeResult(Figures(counted, options.WarmUpRuns), failureLog, diagnostics);
    }

    private static ProbeOptions RunOptions(StartupProbeOptions options, TimeSpan remaining)
    {
        var launch = new LaunchOptions();
        foreach (var (name, value) in options.Environment)
        {
            launch.ExtraEnvironment[name] = value;
        }

        return new ProbeOptions
        {
            WarmInvocations = options.WarmInvocations,
            Timeout = remaining < options.Timeout ? remaining : options.Timeout,
            Function = options.Function,
            Launch = launch,
            LogTailLines = FailureLogLines,
        };
    }

    private static StartupFigures? Figures(List<ColdStartSample> samples, int warmUpRuns)
    {
        var coldStart = SampledFigure.Of(samples.Select(s => s.ColdStart?.TotalMilliseconds).OfType<double>());
        if (coldStart is null)
        {
            return null;
        }

        return new StartupFigures(
            samples.Count,
            warmUpRuns,
            coldStart,
            SampledFigure.Of(samples.Select(s => s.Init?.TotalMilliseconds).OfType<double>()),
            SampledFigure.Of(samples.Select(s => s.FirstInvoke?.TotalMilliseconds).OfType<double>()),
            SampledFigure.Of(samples.SelectMany(s => s.WarmLatencies).Select(t => t.TotalMilliseconds)),
            SampledFigure.Of(samples.Select(s => s.PeakRssBytes / (1024.0 * 1024.0)).OfType<double>()));
    }
}
