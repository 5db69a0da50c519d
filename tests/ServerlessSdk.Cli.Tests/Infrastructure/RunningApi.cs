using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary><c>start-api --port 0</c> running as a child process, with an HttpClient pointed at the port it printed.</summary>
internal sealed partial class RunningApi : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningApi(Process process)
    {
        _process = process;
        Client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    /// <summary>The tool's process id: the parent of every function process it starts.</summary>
    public int Id => _process.Id;

    /// <summary>The tool's exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static Task<RunningApi> StartAsync(string projectDirectory, params string[] extraArguments) =>
        StartAsync(Tool.StartInfo(projectDirectory, ["start-api", "--port", "0", .. extraArguments]));

    /// <summary>Starts <paramref name="start"/>: a <c>start-api --port 0</c> command line, of the built or the installed tool.</summary>
    public static async Task<RunningApi> StartAsync(ProcessStartInfo start)
    {
        var process = new Process { StartInfo = start };
        var api = new RunningApi(process);
        process.OutputDataReceived += (_, e) => api.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => api.OnLine(e.Data);
        process.Exited += (_, _) => api._listening.TrySetException(new InvalidOperationException("start-api exited:\n" + api.Output));
        process.EnableRaisingEvents = true;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            api.Client.BaseAddress = await api._listening.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }

        return api;
    }

    /// <summary>Waits up to 10 s for a line matching <paramref name="pattern"/>: the request log is written just after the response.</summary>
    public async Task<bool> WaitForOutputAsync(string pattern)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Regex.IsMatch(Output, pattern))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <summary>SIGTERM, as a process manager or `docker stop` sends it; true when the tool exited within the time.</summary>
    public async Task<bool> TerminateAsync(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningPattern().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Listening on (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ListeningPattern();
}
