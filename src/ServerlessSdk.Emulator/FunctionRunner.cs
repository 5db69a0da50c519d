using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace ServerlessSdk.Emulator;

/// <summary>
/// Runs a function in fresh processes against a fresh emulator and times it, the way the cold-start harness
/// does: the cold invoke is queued before exec, as on Lambda.
/// </summary>
/// <remarks>
/// A misbehaving function never makes these methods throw or hang: every wait is bounded by
/// <see cref="ProbeOptions.Timeout"/>, the outcome is reported as a <see cref="ProbeFailure"/>, and the process
/// is always killed at the end. Only invalid arguments and <see cref="OperationCanceledException"/> (from the
/// caller's token) are thrown.
/// </remarks>
public static class FunctionRunner
{
    private static readonly TimeSpan OutputDrainWait = TimeSpan.FromSeconds(2);

    /// <summary>Measures one cold start (and optional warm invocations) in a fresh process.</summary>
    /// <param name="command">What to run.</param>
    /// <param name="event">The payload of every invocation.</param>
    /// <param name="options">Warm invocations, timeout, function configuration.</param>
    /// <param name="cancellationToken">Stops the probe (the process is still killed).</param>
    public static async Task<ColdStartSample> MeasureColdStartAsync(
        FunctionCommand command, ReadOnlyMemory<byte> @event, ProbeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        options ??= new ProbeOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.WarmInvocations);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);

        await using var emulator = RuntimeApiEmulator.Start(options.Function);
        var cold = emulator.Enqueue(@event);
        FunctionProcess process;
        try
        {
            process = FunctionProcess.Start(command, emulator, options.Launch);
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return new ColdStartSample { Failure = new ProbeFailure(ProbeFailureKind.LaunchFailed, $"could not start {command}: {ex.Message}") };
        }

        var sample = new ColdStartSample();
        try
        {
            var (first, failure) = await WaitForOutcomeAsync(emulator, process, cold, options.Timeout, cancellationToken).ConfigureAwait(false);
            sample = sample with
            {
                Failure = failure,
                FirstInvocation = first,
                InitError = emulator.InitError,
                Init = emulator.FirstNextAt is { } firstNext ? Stopwatch.GetElapsedTime(process.StartedAt, firstNext) : null,
                ColdStart = first is null ? null : Stopwatch.GetElapsedTime(process.StartedAt, first.CompletedAt),
                FirstInvoke = first?.Duration,
            };
            if (failure is null)
            {
                sample = await RunWarmAsync(sample, emulator, process, @event, options, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Killed whatever happened, including cancellation; logs are read once the pipes have drained.
            process.Kill();
            await WaitQuietlyAsync(process.WaitForExitAsync(CancellationToken.None)).ConfigureAwait(false);
            sample = sample with
            {
                Logs = process.Logs.TakeLast(Math.Max(0, options.LogTailLines)).ToArray(),
                ExitCode = sample.Failure?.ExitCode,
            };
            await process.DisposeAsync().ConfigureAwait(false);
        }

        return sample;
    }

    /// <summary>Measures <paramref name="runs"/> cold starts one after another, each in a fresh process.</summary>
    /// <param name="command">What to run.</param>
    /// <param name="event">The payload of every invocation.</param>
    /// <param name="runs">How many fresh processes to start.</param>
    /// <param name="options">Warm invocations, timeout, function configuration.</param>
    /// <param name="cancellationToken">Stops between or during runs.</param>
    public static async Task<ColdStartReport> MeasureColdStartsAsync(
        FunctionCommand command, ReadOnlyMemory<byte> @event, int runs, ProbeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(runs);
        var samples = new List<ColdStartSample>(runs);
        for (var i = 0; i < runs; i++)
        {
            samples.Add(await MeasureColdStartAsync(command, @event, options, cancellationToken).ConfigureAwait(false));
        }

        return new ColdStartReport(samples);
    }

    private static async Task<ColdStartSample> RunWarmAsync(
        ColdStartSample sample, RuntimeApiEmulator emulator, FunctionProcess process, ReadOnlyMemory<byte> @event,
        ProbeOptions options, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>(options.WarmInvocations);
        var warmStart = Stopwatch.GetTimestamp();
        var lastCompleted = warmStart;
        ProbeFailure? failure = null;
        for (var i = 0; i < options.WarmInvocations && failure is null; i++)
        {
            var invocation = emulator.Enqueue(@event);
            (var result, failure) = await WaitForOutcomeAsync(emulator, process, invocation, options.Timeout, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                latencies.Add(result!.Duration);
                lastCompleted = result.CompletedAt;
            }
        }

        // Read before the kill, as the harness does; a process that died meanwhile is a failure too.
        var peakRss = process.ReadPeakRssBytes();
        if (failure is null && process.HasExited)
        {
            var code = await WaitQuietlyAsync(process.Exited).ConfigureAwait(false);
            failure = new ProbeFailure(ProbeFailureKind.ProcessExited, $"process exited with code {Format(code)} after responding", code);
        }

        return sample with
        {
            Failure = failure,
            WarmLatencies = latencies,
            WarmThroughput = latencies.Count > 0 && latencies.Count == options.WarmInvocations
                ? latencies.Count / Stopwatch.GetElapsedTime(warmStart, lastCompleted).TotalSeconds
                : null,
            PeakRssBytes = peakRss,
        };
    }

    /// <summary>
    /// Waits for the invocation to complete, or for whatever ends it first: an init error, a refused request,
    /// the process exiting, or the timeout. Checked in that order, so a response that raced the exit counts.
    /// </summary>
    private static async Task<(InvocationResult? Result, ProbeFailure? Failure)> WaitForOutcomeAsync(
        RuntimeApiEmulator emulator, FunctionProcess process, PendingInvocation invocation, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var expired = Task.Delay(Timeout.Infinite, timer.Token);
        await Task.WhenAny(invocation.Completion, emulator.InitErrorReported, emulator.FirstRejectedRequest, process.Exited, expired)
            .ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false); // releases the delay
        cancellationToken.ThrowIfCancellationRequested();

        if (invocation.Completion.IsCompletedSuccessfully)
        {
            var result = invocation.Completion.Result;
            return result.Outcome switch
            {
                InvocationOutcome.Response => (result, null),
                InvocationOutcome.ResponseTooLarge => (result, new ProbeFailure(ProbeFailureKind.ResponseTooLarge,
                    $"response of {result.BodyLength} bytes exceeds the {emulator.Options.MaxResponseBytes}-byte limit")),
                _ => (result, new ProbeFailure(ProbeFailureKind.InvocationError,
                    $"invocation error {result.ErrorType ?? "(no Lambda-Runtime-Function-Error-Type)"}: {Shorten(result.BodyText)}")),
            };
        }

        if (emulator.InitErrorReported.IsCompletedSuccessfully)
        {
            var report = emulator.InitErrorReported.Result;
            return (null, new ProbeFailure(ProbeFailureKind.InitError,
                $"init error {report.ErrorType ?? "(no Lambda-Runtime-Function-Error-Type)"}: {Shorten(report.BodyText)}"));
        }

        if (emulator.FirstRejectedRequest.IsCompletedSuccessfully)
        {
            var request = emulator.FirstRejectedRequest.Result;
            return (null, new ProbeFailure(ProbeFailureKind.ProtocolError,
                $"the Runtime API refused {request.Method} {request.Path} with {request.StatusCode} {request.ErrorType}"));
        }

        if (process.Exited.IsCompleted)
        {
            var code = process.Exited.Result;
            var stage = emulator.FirstNextAt is null ? "before asking for an invocation" : "before responding";
            return (null, new ProbeFailure(ProbeFailureKind.ProcessExited, $"process exited with code {Format(code)} {stage}", code));
        }

        var waitingFor = emulator.FirstNextAt is null
            ? "the function never asked for an invocation (GET /runtime/invocation/next)"
            : invocation.DeliveredAt is null ? "the invocation was never picked up" : "no response";
        return (null, new ProbeFailure(ProbeFailureKind.TimedOut,
            string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0.###} s: {waitingFor}")));
    }

    private static async Task<int?> WaitQuietlyAsync(Task<int> task)
    {
        try
        {
            return await task.WaitAsync(OutputDrainWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static async Task WaitQuietlyAsync(Task task)
    {
        try
        {
            await task.WaitAsync(OutputDrainWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // a grandchild still holds the output pipes; the logs captured so far will do
        }
    }

    private static string Format(int? code) => code?.ToString(CultureInfo.InvariantCulture) ?? "unknown";

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
