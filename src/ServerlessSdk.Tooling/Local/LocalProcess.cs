using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServerlessSdk.Tooling.Local;

/// <summary>What the local Node.js services (dynalite, Azurite) share: a free port to give them, and a stop that always ends them.</summary>
internal static class LocalProcess
{
    /// <summary>A loopback port free now; the service may lose it to another process before it binds, so callers retry.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the process and its children (npm's .bin shims start node as a child).</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }
}

/// <summary>Reads both streams of a started service to the end (a full pipe would block it) and spots its ready line.</summary>
internal sealed class ReadyLineWatcher
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyLine;

    public ReadyLineWatcher(Process process, string readyLine)
    {
        _readyLine = readyLine;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _ready.TrySetResult(false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (process.HasExited)
        {
            _ready.TrySetResult(false);
        }
    }

    /// <summary>Everything it wrote so far.</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.Length == 0 ? "no output" : _text.ToString();
            }
        }
    }

    /// <summary>True once the ready line came; false when it exited first or the time ran out.</summary>
    public bool WaitForReady(TimeSpan timeout) =>
        _ready.Task.Wait(timeout) && _ready.Task.Result;

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_text)
        {
            _text.AppendLine(line);
        }

        if (line.Contains(_readyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult(true);
        }
    }
}
