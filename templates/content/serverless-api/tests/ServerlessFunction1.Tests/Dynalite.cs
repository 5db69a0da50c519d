using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace ServerlessFunction1.Tests;

/// <summary>
/// dynalite (npm), a DynamoDB implementation in Node.js, in memory on a loopback port for one test class, with the
/// declared <c>Items</c> table created. Install it once with <c>npm install --global dynalite</c>, or point
/// <c>SERVERLESS_DYNALITE</c> at its executable. Without it the integration tests fail, they never skip.
/// </summary>
public sealed class Dynalite : IAsyncLifetime
{
    private Process? _process;

    public IAmazonDynamoDB Client { get; private set; } = null!;

    public string TableName { get; } = "Items";

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("SERVERLESS_DYNALITE") is { Length: > 0 } configured ? configured : "dynalite";
        var port = FreeLoopbackPort();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo(executable, ["--host", "127.0.0.1", "--port", port.ToString(), "--createTableMs", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot run {executable} ({e.Message}): install it with `npm install --global dynalite` or set SERVERLESS_DYNALITE.", e);
        }

        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("listening", StringComparison.OrdinalIgnoreCase) == true)
            {
                ready.TrySetResult();
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (await Task.WhenAny(ready.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30))) != ready.Task)
        {
            throw new InvalidOperationException($"{executable} did not start listening on port {port}.");
        }

        Client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = $"http://127.0.0.1:{port}", AuthenticationRegion = "us-east-1" });
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = TableName,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
        });
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
