using System.Diagnostics;
using System.Globalization;
using System.Text;
using ServerlessSdk.Emulator.Internal;

namespace ServerlessSdk.Emulator;

/// <summary>
/// A function process started against a <see cref="RuntimeApiEmulator"/> with a Lambda environment, its output
/// captured line by line. Disposing kills it (and its children) if it is still running.
/// </summary>
public sealed class FunctionProcess : IAsyncDisposable
{
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly Lock _logGate = new();
    private readonly Queue<LogLine> _logs = new();
    private readonly int _maxLogLines;
    private readonly Action<LogLine>? _logReceived;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private FunctionProcess(FunctionCommand command, Process process, LaunchOptions options)
    {
        Command = command;
        _process = process;
        _maxLogLines = Math.Max(1, options.MaxLogLines);
        _logReceived = options.LogReceived;
    }

    /// <summary>
    /// Starts <paramref name="command"/> with the environment of a <c>provided.al2023</c> function (see
    /// <see cref="LambdaEnvironment"/>) pointed at <paramref name="emulator"/>, plus the command's host variables
    /// and <see cref="LaunchOptions.ExtraEnvironment"/>. Nothing is inherited from this process. Stdin is at end of file.
    /// </summary>
    /// <param name="command">What to run.</param>
    /// <param name="emulator">The Runtime API the function talks to.</param>
    /// <param name="options">Extra variables, folders and log settings.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    public static FunctionProcess Start(FunctionCommand command, RuntimeApiEmulator emulator, LaunchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(emulator);
        options ??= new LaunchOptions();
        var taskRoot = options.TaskRoot ?? command.TaskRoot;
        var startInfo = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = options.WorkingDirectory ?? taskRoot,
        };
        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Start from nothing: a function must not pass a test thanks to a variable of the developer's shell.
        startInfo.Environment.Clear();
        var variables = LambdaEnvironment.Create(emulator.Options, emulator.Address, taskRoot);
        foreach (var (name, value) in command.HostEnvironment.Concat(options.ExtraEnvironment))
        {
            variables[name] = value;
        }

        foreach (var (name, value) in variables)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var function = new FunctionProcess(command, process, options);
        process.OutputDataReceived += (_, e) => function.OnOutput(e.Data, isStandardError: false);
        process.ErrorDataReceived += (_, e) => function.OnOutput(e.Data, isStandardError: true);
        process.Exited += (_, _) => function.OnExited();
        try
        {
            function.StartedAt = Stopwatch.GetTimestamp();
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        function.Id = process.Id;
        process.StandardInput.Close(); // like </dev/null: a function reading stdin sees end of file
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return function;
    }

    /// <summary>The command that was started.</summary>
    public FunctionCommand Command { get; }

    /// <summary>The process id.</summary>
    public int Id { get; private set; }

    /// <summary>The <see cref="Stopwatch.GetTimestamp"/> taken just before the process was started.</summary>
    public long StartedAt { get; private set; }

    /// <summary>A snapshot of the captured stdout and stderr lines, oldest first (at most <see cref="LaunchOptions.MaxLogLines"/>).</summary>
    public IReadOnlyList<LogLine> Logs
    {
        get
        {
            lock (_logGate)
            {
                return _logs.ToArray();
            }
        }
    }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _exited.Task.IsCompleted || SafeHasExited();

    /// <summary>The exit code once the process has exited; null while it runs.</summary>
    public int? ExitCode
    {
        get
        {
            if (_exited.Task.IsCompletedSuccessfully)
            {
                return _exited.Task.Result;
            }

            try
            {
                return _process.HasExited ? _process.ExitCode : null;
            }
            catch (InvalidOperationException)
            {
                return null; // disposed while still running
            }
        }
    }

    /// <summary>Completes with the exit code as soon as the process exits (without waiting for its output to drain).</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>Waits for the process to exit and for its output to be fully captured.</summary>
    /// <param name="cancellationToken">Cancels the wait (not the process).</param>
    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>
    /// The peak resident set size (<c>VmHWM</c> from <c>/proc/PID/status</c>), in bytes; null when the process is
    /// gone or the platform has no procfs.
    /// </summary>
    public long? ReadPeakRssBytes()
    {
        if (!OperatingSystem.IsLinux() || HasExited)
        {
            return null;
        }

        try
        {
            foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            {
                // "VmHWM:\t    5120 kB"
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return null;
    }

    /// <summary>Sends SIGTERM, as Lambda does before shutting an environment down. Returns false if the process is gone.</summary>
    /// <exception cref="PlatformNotSupportedException">On Windows, which has no signals.</exception>
    public bool SignalTerminate()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("SIGTERM needs a POSIX system.");
        }

        return !HasExited && Posix.Kill(Id, Posix.SigTerm) == 0;
    }

    /// <summary>Kills the process and its children at once (SIGKILL). Does nothing if it has already exited.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    /// <summary>Kills the process if still running and waits (briefly) for it and its output.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Kill();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(DisposeWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A grandchild that escaped the kill may still hold the output pipes; do not hang on it.
        }

        if (SafeHasExited())
        {
            OnExited(); // keep ExitCode readable after the Process object is gone
        }

        _process.Dispose();
    }

    private bool SafeHasExited()
    {
        try
        {
            return _process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true; // disposed
        }
    }

    private void OnExited()
    {
        try
        {
            _exited.TrySetResult(_process.ExitCode);
        }
        catch (InvalidOperationException)
        {
            _exited.TrySetResult(-1);
        }
    }

    private void OnOutput(string? text, bool isStandardError)
    {
        if (text is null)
        {
            return; // end of stream
        }

        var line = new LogLine(text, isStandardError, Stopwatch.GetTimestamp());
        lock (_logGate)
        {
            _logs.Enqueue(line);
            if (_logs.Count > _maxLogLines)
            {
                _logs.Dequeue();
            }
        }

        _logReceived?.Invoke(line);
    }
}
