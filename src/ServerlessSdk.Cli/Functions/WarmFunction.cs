using ServerlessSdk.Emulator;

namespace ServerlessSdk.Cli.Functions;

/// <summary>
/// A function kept warm between requests, as Lambda keeps an execution environment: one process, one invocation
/// at a time. A new process starts when the old one died or timed out, or when the build replaced its file.
/// </summary>
internal sealed class WarmFunction(FunctionTarget target, LocalFunction function, Action<string> note, Action<LogLine>? logReceived) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FunctionSession? _session;

    public LocalFunction Function => function;

    public async Task<InvocationReport> InvokeAsync(ReadOnlyMemory<byte> @event, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_session is { } current && (!current.IsUsable || current.Stamp != target.Stamp()))
            {
                note(current.IsUsable ? $"{function.Name}: rebuilt, restarting" : $"{function.Name}: process ended, starting a new one");
                _session = null;
                await current.DisposeAsync().ConfigureAwait(false);
            }

            _session ??= new FunctionSession(target, function, logReceived);
            return await _session.InvokeAsync(@event, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is { } session)
        {
            // Short: the tool is being stopped, and the command line gives it two seconds in all.
            await session.StopAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            await session.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
