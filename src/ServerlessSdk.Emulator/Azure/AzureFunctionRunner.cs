using System.Diagnostics;
using System.Globalization;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// One cold start of a custom handler through <see cref="LocalAzureHost"/>, the Azure counterpart of
/// <see cref="FunctionRunner.MeasureColdStartAsync"/>: the handler is started fresh, the first request is sent as
/// soon as it listens (the host forwards nothing earlier), then the warm requests one after another. Cold start is
/// exec → the first answer read, init exec → the port accepting a connection. Statistics over runs are the
/// caller's (the startup probe's); this is the single-run primitive.
/// </summary>
/// <remarks>
/// Never throws or hangs for a misbehaving handler: each step is bounded by <see cref="ProbeOptions.Timeout"/>, the
/// outcome is a <see cref="ProbeFailure"/>, and the process is always killed. Only invalid arguments and the caller's
/// cancellation throw.
/// </remarks>
public static class AzureFunctionRunner
{
    /// <summary>Measures one cold start of <paramref name="app"/> answering <paramref name="request"/>.</summary>
    /// <param name="app">The app folder (host.json, function.json files).</param>
    /// <param name="request">The first and every warm request.</param>
    /// <param name="command">Runs instead of host.json's executable (e.g. <c>dotnet handler.dll</c> for a build); null for the app's.</param>
    /// <param name="options">Warm requests, timeout, extra app settings (<see cref="LaunchOptions.ExtraEnvironment"/>), log tail.</param>
    /// <param name="cancellationToken">Stops the run (the handler is still killed).</param>
    public static async Task<ColdStartSample> MeasureColdStartAsync(
        AzureApp app, AzureRequest request, FunctionCommand? command = null, ProbeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(request);
        options ??= new ProbeOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.WarmInvocations);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);

        var settings = new Dictionary<string, string>(options.Launch?.ExtraEnvironment ?? new Dictionary<string, string>(), StringComparer.Ordinal);

        using var coldDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        coldDeadline.CancelAfter(options.Timeout);
        LocalAzureHost host;
        try
        {
            host = await LocalAzureHost.StartAsync(app, command, settings, options.Timeout, coldDeadline.Token).ConfigureAwait(false);
        }
        catch (AzureHostException ex)
        {
            return new ColdStartSample { Failure = StartFailure(ex), ExitCode = ex.ExitCode };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ColdStartSample { Failure = TimedOut(options.Timeout, "the handler never listened on FUNCTIONS_CUSTOMHANDLER_PORT") };
        }

        var sample = new ColdStartSample { Init = host.TimeToListen };
        try
        {
            var (first, failure) = await SendAsync(host, request, coldDeadline.Token, options.Timeout, cancellationToken).ConfigureAwait(false);
            sample = sample with
            {
                Failure = failure,
                ColdStart = host.TimeToFirstResponse,
                FirstInvoke = first?.Duration,
            };
            if (failure is null || (failure.Kind == ProbeFailureKind.InvocationError && sample.ColdStart is not null))
            {
                sample = await RunWarmAsync(sample, host, request, options, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            var exitCode = host.ExitCode;
            await host.DisposeAsync().ConfigureAwait(false);
            sample = sample with
            {
                Logs = [.. host.Logs.TakeLast(Math.Max(0, options.LogTailLines))],
                ExitCode = exitCode ?? sample.ExitCode,
            };
        }

        return sample;
    }

    private static async Task<ColdStartSample> RunWarmAsync(ColdStartSample sample, LocalAzureHost host, AzureRequest request, ProbeOptions options, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>(options.WarmInvocations);
        var warmStart = Stopwatch.GetTimestamp();
        var failure = sample.Failure;
        var failed = false;
        for (var i = 0; i < options.WarmInvocations && !failed; i++)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.Timeout);
            var (answer, warmFailure) = await SendAsync(host, request, deadline.Token, options.Timeout, cancellationToken).ConfigureAwait(false);
            if (answer is not null)
            {
                latencies.Add(answer.Duration);
            }

            // An invocation error repeats on every request and is already reported; anything else ends the run.
            failed = warmFailure is not null && warmFailure.Kind != ProbeFailureKind.InvocationError;
            failure = failed ? warmFailure : failure;
        }

        var elapsed = Stopwatch.GetElapsedTime(warmStart);
        var peakRss = host.ReadPeakRssBytes();
        if (failure is null && host.HasExited)
        {
            failure = new ProbeFailure(ProbeFailureKind.ProcessExited, $"the custom handler exited with code {Format(host.ExitCode)} after answering", host.ExitCode);
        }

        return sample with
        {
            Failure = failure,
            WarmLatencies = latencies,
            WarmThroughput = latencies.Count > 0 && latencies.Count == options.WarmInvocations ? latencies.Count / elapsed.TotalSeconds : null,
            PeakRssBytes = peakRss,
        };
    }

    /// <summary>One request; a 5xx answer is an invocation error (the function threw), which still timed the cold start.</summary>
    private static async Task<(AzureAnswer? Answer, ProbeFailure? Failure)> SendAsync(
        LocalAzureHost host, AzureRequest request, CancellationToken deadline, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await host.SendAsync(request, deadline).ConfigureAwait(false);
            return answer.Failed
                ? (answer, new ProbeFailure(ProbeFailureKind.InvocationError, $"{request} answered {answer.StatusCode}: {Shorten(answer.Body)}"))
                : (answer, null);
        }
        catch (AzureHostException ex)
        {
            return (null, new ProbeFailure(ProbeFailureKind.ProtocolError, ex.Message));
        }
        catch (HttpRequestException ex)
        {
            await host.WaitForExitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            return host.HasExited
                ? (null, new ProbeFailure(ProbeFailureKind.ProcessExited, $"the custom handler exited with code {Format(host.ExitCode)} before answering {request}", host.ExitCode))
                : (null, new ProbeFailure(ProbeFailureKind.ProtocolError, $"{request} failed: {ex.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, host.HasExited
                ? new ProbeFailure(ProbeFailureKind.ProcessExited, $"the custom handler exited with code {Format(host.ExitCode)} before answering {request}", host.ExitCode)
                : TimedOut(timeout, $"no answer to {request}"));
        }
    }

    private static ProbeFailure StartFailure(AzureHostException ex) => ex.Failure switch
    {
        AzureHostFailure.LaunchFailed => new ProbeFailure(ProbeFailureKind.LaunchFailed, ex.Message),
        AzureHostFailure.Exited => new ProbeFailure(ProbeFailureKind.ProcessExited, ex.Message, ex.ExitCode),
        AzureHostFailure.NotListening => new ProbeFailure(ProbeFailureKind.TimedOut, ex.Message),
        _ => new ProbeFailure(ProbeFailureKind.ProtocolError, ex.Message),
    };

    private static ProbeFailure TimedOut(TimeSpan timeout, string waitingFor) =>
        new(ProbeFailureKind.TimedOut, string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0.###} s: {waitingFor}"));

    private static string Format(int? code) => code?.ToString(CultureInfo.InvariantCulture) ?? "unknown";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
