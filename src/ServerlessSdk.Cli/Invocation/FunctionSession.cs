using System.Diagnostics;
using System.Text;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>
/// One function process and its own Runtime API emulator. The process starts with the first invocation, which is
/// queued first as on Lambda, so the cold start is timed from exec. Invocations must not overlap (callers serialize).
/// </summary>
internal sealed class FunctionSession : IAsyncDisposable
{
    /// <summary>Lambda allows 10 s of init; a JIT start on a busy laptop or CI machine needs more, and local is not Lambda.</summary>
    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(60);

    private readonly FunctionTarget _target;
    private readonly LocalFunction _function;
    private readonly Action<LogLine>? _logReceived;
    private readonly RuntimeApiEmulator _emulator;
    private FunctionProcess? _process;
    private bool _broken;

    public FunctionSession(FunctionTarget target, LocalFunction function, Action<LogLine>? logReceived = null)
    {
        _target = target;
        _function = function;
        _logReceived = logReceived;
        Stamp = target.Stamp();
        _emulator = RuntimeApiEmulator.Start(new EmulatorOptions
        {
            FunctionName = function.Name,
            Timeout = function.Timeout,
            MemoryMb = function.MemoryMb,
        });
    }

    /// <summary>The stamp of the watched file when this session was created.</summary>
    public (DateTime, long) Stamp { get; }

    /// <summary>False once the process has exited or timed out: the next request needs a new session.</summary>
    public bool IsUsable => !_broken && _process?.HasExited != true;

    /// <summary>Every line the process wrote so far.</summary>
    public IReadOnlyList<LogLine> Logs => _process?.Logs ?? [];

    public async Task<InvocationReport> InvokeAsync(ReadOnlyMemory<byte> @event, CancellationToken cancellationToken)
    {
        var queuedAt = Stopwatch.GetTimestamp();
        var pending = _emulator.Enqueue(@event);
        var cold = _process is null;
        if (cold)
        {
            var options = new LaunchOptions { LogReceived = _logReceived };
            foreach (var (name, value) in _function.Environment)
            {
                options.ExtraEnvironment[name] = value;
            }

            _process = FunctionProcess.Start(_target.Command(), _emulator, options);
            queuedAt = _process.StartedAt;
        }

        var process = _process!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (cold)
        {
            // As on Lambda, the function's timeout starts when the event is handed out; init has its own, longer limit.
            await Task.WhenAny(_emulator.FirstNextRequest, process.Exited, _emulator.InitErrorReported, Task.Delay(InitTimeout, timeout.Token)).ConfigureAwait(false);
        }

        var deadline = Task.Delay(_function.Timeout, timeout.Token);
        await Task.WhenAny(pending.Completion, process.Exited, _emulator.InitErrorReported, deadline).ConfigureAwait(false);
        await timeout.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        double? initMs = cold && _emulator.FirstNextAt is { } firstNext ? Stopwatch.GetElapsedTime(process.StartedAt, firstNext).TotalMilliseconds : null;
        if (pending.Completion.IsCompletedSuccessfully)
        {
            var result = pending.Completion.Result;
            return new InvocationReport(
                result.Outcome == InvocationOutcome.Response ? InvocationStatus.Response : InvocationStatus.Error,
                result.Body,
                result.ErrorType,
                cold,
                initMs,
                result.Duration.TotalMilliseconds,
                Stopwatch.GetElapsedTime(queuedAt, result.CompletedAt).TotalMilliseconds,
                null);
        }

        _broken = true;
        var total = Stopwatch.GetElapsedTime(queuedAt).TotalMilliseconds;
        if (_emulator.InitError is { } initError)
        {
            return new InvocationReport(InvocationStatus.Crashed, initError.Body, initError.ErrorType ?? "Runtime.InitError", cold, initMs, null, total, process.ExitCode);
        }

        if (process.HasExited)
        {
            var message = Encoding.UTF8.GetBytes($$"""{"errorType":"Runtime.ExitError","errorMessage":"The function's process exited with code {{process.ExitCode}} before answering."}""");
            return new InvocationReport(InvocationStatus.Crashed, message, "Runtime.ExitError", cold, initMs, null, total, process.ExitCode);
        }

        process.Kill();
        var seconds = _function.Timeout.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var timedOut = Encoding.UTF8.GetBytes($$"""{"errorType":"Sandbox.Timedout","errorMessage":"Task timed out after {{seconds}} seconds"}""");
        return new InvocationReport(InvocationStatus.TimedOut, timedOut, "Sandbox.Timedout", cold, initMs, null, total, null);
    }

    /// <summary>Asks the process to stop (SIGTERM, as Lambda does) and waits up to <paramref name="grace"/> for it and its last output.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process is { HasExited: false } process && !OperatingSystem.IsWindows())
        {
            process.SignalTerminate();
            using var wait = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Disposal kills it.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync().ConfigureAwait(false);
        }

        await _emulator.DisposeAsync().ConfigureAwait(false);
    }
}
