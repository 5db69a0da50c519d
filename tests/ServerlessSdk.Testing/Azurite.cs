using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServerlessSdk.Testing;

/// <summary>
/// Azurite's queue, blob or table service (build/azurite, installed by build/install-azurite.sh, which build/test.sh runs)
/// on a free port, in memory; disposing stops it. A missing install is an error, never a skip.
/// </summary>
public sealed class Azurite : IDisposable
{
    private readonly Process _process;

    private Azurite(Process process, int port)
    {
        _process = process;
        Endpoint = new Uri($"http://127.0.0.1:{port}/devstoreaccount1");
    }

    /// <summary>The development account's endpoint of the service started (path-style).</summary>
    public Uri Endpoint { get; }

    /// <summary>The development account's queue endpoint (path-style), for <see cref="StartQueue"/>.</summary>
    public Uri QueueEndpoint => Endpoint;

    /// <summary>The executable of one Azurite service (<c>queue</c>, <c>table</c>, <c>blob</c>) in build/azurite.</summary>
    public static string Executable(string service) => Path.Combine(Repository.Root, "build", "azurite", "node_modules", ".bin", $"azurite-{service}");

    /// <summary>Starts the queue service and waits until it accepts connections.</summary>
    public static Azurite StartQueue() => Start("queue");

    /// <summary>Starts the blob service and waits until it accepts connections.</summary>
    public static Azurite StartBlob() => Start("blob");

    /// <summary>Starts the table service and waits until it accepts connections.</summary>
    public static Azurite StartTable() => Start("table");

    private static Azurite Start(string service)
    {
        var executable = Executable(service);
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run build/install-azurite.sh");
        }

        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { $"--{service}Host", "127.0.0.1", $"--{service}Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return new Azurite(process, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Azurite did not listen within 60 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
