using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServerlessFunction1.Tests;

/// <summary>
/// Azurite's Table service (npm, Microsoft's Azure Storage emulator), in memory on a loopback port for one test
/// class, with the <c>Items</c> table created. Install it once with <c>npm install --global azurite</c>, or point
/// <c>SERVERLESS_AZURITE_TABLE</c> at its <c>azurite-table</c> executable. Without it the integration tests fail, they never skip.
/// </summary>
public sealed class AzuriteTables : IAsyncLifetime
{
    private Process? _process;

    public string ConnectionString { get; private set; } = string.Empty;

    public TableStorageItemStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("SERVERLESS_AZURITE_TABLE") is { Length: > 0 } configured ? configured : "azurite-table";
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(executable, ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot run {executable} ({e.Message}): install it with `npm install --global azurite` or set SERVERLESS_AZURITE_TABLE.", e);
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (!await AcceptsAsync(port))
        {
            if (_process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"{executable} did not start listening on port {port}.");
            }

            await Task.Delay(100);
        }

        // Azurite's documented development account and key, on this port.
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        Store = TableStorageItemStore.FromConnectionString(ConnectionString, TableStorageItemStore.DefaultTableName);
        await Store.CreateTableIfMissingAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
