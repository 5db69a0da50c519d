using System.Diagnostics;
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
            var port = LocalProcess.FreeLoopbackPort();
            var process = Launch(executable, port);
            var output = new ReadyLineWatcher(process, ReadyLine);
            if (output.WaitForReady(StartTimeout))
            {
                return new Dynalite(process, new Uri($"http://127.0.0.1:{port}"));
            }

            LocalProcess.Stop(process);
            failures.Add(output.Text);
        }

        throw new LocalDynamoDbException(ServerlessDiagnostic.Error(DiagnosticCodes.DynaliteDidNotStart,
            $"dynalite ({executable}) did not start within {StartTimeout.TotalSeconds:0} s in {Attempts} attempts: "
            + $"{failures[^1].Trim()}. Check that Node.js >= 20 is on PATH and `{executable} --help` runs."));
    }

    /// <summary>Kills dynalite and its children; its data is gone with it.</summary>
    public void Dispose()
    {
        LocalProcess.Stop(_process);
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

    private static LocalDynamoDbException NotInstalled(string why) =>
        new(ServerlessDiagnostic.Error(DiagnosticCodes.DynaliteNotInstalled,
            $"The local DynamoDB cannot run: {why}. Install it with `npm install --global dynalite` (Node.js >= 20), "
            + $"set {ExecutableVariable} to its executable, or set AWS_ENDPOINT_URL_DYNAMODB to a running one."));
}
