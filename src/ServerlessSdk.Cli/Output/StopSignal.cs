using System.Runtime.InteropServices;

namespace ServerlessSdk.Cli.Output;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM as a cancellation token, handled rather than fatal: without a handler the runtime
/// ends the process at once with 143, leaving function processes and their last logs behind. A long-running command
/// (start-api) takes one for its whole run and shuts down in order when it fires.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public StopSignal()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // A platform without this signal cannot send it either.
            }
        }
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _registrations.ForEach(r => r.Dispose());
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The first signal asks the command to stop in order; a second one (an impatient Ctrl+C) ends it at once.
        context.Cancel = !_stop.IsCancellationRequested;

        // Not Cancel(): that would run the whole shutdown on the signal thread.
        _ = _stop.CancelAsync();
    }
}
