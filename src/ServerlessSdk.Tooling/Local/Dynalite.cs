using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// dynalite (npm), a DynamoDB implementation in Node.js, in memory on a loopback port for as long as this object
/// lives. The tests, <c>dotnet serverless start-api</c> and <c>invoke</c> run it; a function reaches it through
/// <c>AWS_ENDPOINT_URL_DYNAMODB</c>.
/// </summary>
public sealed class Dynalite : IDisposable
{
    /// <summary>The dynalite executable to run instead of the one on PATH (e.g. a project-local npm install).</summary>
    public const string ExecutableVariable = "SERVERLESS_DYNALITE";

    private const string ReadyLine = "Dynalite listening at";
    private const int Attempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;

    private Dynalite(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>Where the DynamoDB API answers, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>
    /// <see cref="ExecutableVariable"/> when set, else <c>dynalite</c> on PATH; throws SLS6150 when neither is there.
    /// </summary>
    public static string Locate(Func<string, string?> environment)
    {
        if (environment(ExecutableVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw NotInstalled($"{ExecutableVariable} is {configured}, which does not exist");
        }

        var onPath = (environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "dynalite.cmd" : "dynalite"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw NotInstalled("dynalite is not on PATH");
    }

    /// <summary>Starts <paramref name="executable"/> on a free loopback port and returns once it accepts requests.</summary>
    public static Dynalite Start(string executable)
    {
        // dynalite takes a port, not port 0: a port freed here can be taken before dynalite binds it, so retry.
        var failures = new List<string>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var port = FreeLoopbackPort();
            var process = Launch(executable, port);
            var output = new OutputCollector(process);
            if (output.WaitForReady(StartTimeout))
            {
                return new Dynalite(process, new Uri($"http://127.0.0.1:{port}"));
            }

            Stop(process);
            failures.Add(output.Text);
        }

        throw new LocalDynamoDbException(ServerlessDiagnostic.Error(DiagnosticCodes.DynaliteDidNotStart,
            $"dynalite ({executable}) did not start within {StartTimeout.TotalSeconds:0} s in {Attempts} attempts: "
            + $"{failures[^1].Trim()}. Check that Node.js >= 20 is on PATH and `{executable} --help` runs."));
    }

    /// <summary>Kills dynalite and its children; its data is gone with it.</summary>
    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static Process Launch(string executable, int port)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // Tables are ACTIVE at once: the local loop and the tests create them and use them immediately.
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw NotInstalled($"{executable} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw NotInstalled($"{executable} cannot be run ({e.Message})");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process process)
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

    private static LocalDynamoDbException NotInstalled(string why) =>
        new(ServerlessDiagnostic.Error(DiagnosticCodes.DynaliteNotInstalled,
            $"The local DynamoDB cannot run: {why}. Install it with `npm install --global dynalite` (Node.js >= 20), "
            + $"set {ExecutableVariable} to its executable, or set AWS_ENDPOINT_URL_DYNAMODB to a running one."));

    /// <summary>Reads both streams to the end (a full pipe would block dynalite) and spots the ready line.</summary>
    private sealed class OutputCollector
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public OutputCollector(Process process)
        {
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

            if (line.Contains(ReadyLine, StringComparison.Ordinal))
            {
                _ready.TrySetResult(true);
            }
        }
    }
}
