using ServerlessSdk.Emulator;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>
/// A function kept warm between requests, as Lambda keeps an execution environment: one process, one invocation
/// at a time. A new process starts when the old one died or timed out, or when the build replaced its file.
/// </summary>
internal sealed class WarmFunction(FunctionTarget target, LocalFunction function, Action<string> note, Action<LogLine>? logReceived) : IAsyncDisposable
{
    /// <summary>How long a stopping function gets to flush its logs (docs/cli.md).</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private FunctionSession? _session;

    public LocalFunction Function => function;

    /// <summary>
    /// Runs one invocation after the ones before it. <paramref name="cancellationToken"/> (the client gave up) stops
    /// the wait, not the invocation: the process is busy until the function answers or times out, as on Lambda, and
    /// the next request waits for it instead of sharing the process with it, so its own timeout starts when its own
    /// invocation does.
    /// </summary>
    public async Task<InvocationReport> InvokeAsync(ReadOnlyMemory<byte> @event, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await RunAsync(@event).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvocationReport> RunAsync(ReadOnlyMemory<byte> @event)
    {
        try
        {
            if (_session is { } current && (!current.IsUsable || current.Stamp != target.Stamp()))
            {
                note(current.IsUsable ? $"{function.Name}: rebuilt, restarting" : $"{function.Name}: process ended, starting a new one");
                _session = null;
                await current.DisposeAsync().ConfigureAwait(false);
            }

            _session ??= new FunctionSession(target, function, logReceived);
            return await _session.InvokeAsync(@event, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the process as Lambda does: SIGTERM and up to <see cref="StopGrace"/> to flush its logs, then a kill.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_session is { } running)
        {
            // An invocation still running ends with its process, which frees the gate.
            await running.StopAsync(StopGrace).ConfigureAwait(false);
        }

        var idle = await _gate.WaitAsync(StopGrace).ConfigureAwait(false);
        if (_session is { } session)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        if (idle)
        {
            _gate.Dispose();
        }
    }
}
