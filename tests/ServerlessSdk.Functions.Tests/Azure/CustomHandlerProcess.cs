using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ServerlessSdk.Functions.Tests.Azure;

/// <summary>
/// The Azure test function's <c>handler</c> started the way the Functions host starts a custom handler
/// (learn.microsoft.com/azure/azure-functions/functions-custom-handlers): <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set to a
/// free port, then requests once it listens. Its stdout is kept line by line.
/// </summary>
internal sealed class CustomHandlerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private CustomHandlerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public Process Process => _process;

    /// <summary>The JSON lines written to stdout so far.</summary>
    public IReadOnlyList<JsonElement> LogLines => [.. _lines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    public static string HandlerDll
    {
        get
        {
            var configuration = typeof(CustomHandlerProcess).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>()
                .Single(a => a.Key == "Configuration").Value!;
            return Path.Combine(RepositoryRoot(), $"tests/ServerlessSdk.Functions.AzureTestFunction/bin/{configuration}/net10.0/handler.dll");
        }
    }

    /// <summary>
    /// Starts the handler (the built handler.dll under <c>dotnet</c>, or <paramref name="executable"/>, a Native AOT
    /// publish); <paramref name="port"/> null picks a free one, an empty string leaves the variable unset.
    /// </summary>
    public static CustomHandlerProcess Start(string? port = null, bool waitUntilListening = true, string? executable = null)
    {
        var chosen = port ?? FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(executable ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (executable is null)
        {
            start.ArgumentList.Add(HandlerDll);
        }

        start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (chosen.Length > 0)
        {
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = chosen;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var handler = new CustomHandlerProcess(process, int.TryParse(chosen, out var p) ? p : 0);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                handler._lines.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (waitUntilListening)
        {
            handler.WaitUntilListening();
        }

        return handler;
    }

    /// <summary>SIGTERM, as the host (and the platform) send it to stop the worker.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit(); // drains the redirected output
        return true;
    }

    /// <summary>Waits until stdout has a line <paramref name="match"/> accepts (lines are written after the response).</summary>
    public JsonElement WaitForLine(Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var line in LogLines)
            {
                if (match(line))
                {
                    return line;
                }
            }

            Thread.Sleep(20);
        }

        throw new Xunit.Sdk.XunitException("No such log line; stdout was:\n" + string.Join("\n", _lines));
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The handler exited with {_process.ExitCode}: {string.Join("\n", _lines)}");
            }

            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(20);
            }
        }

        throw new TimeoutException("The handler did not listen within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ServerlessSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test is not running inside the repository.");
    }
}
