using System.Net.Sockets;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Tooling.Tests.Local;

/// <summary>The local Azure Storage an app gets: only the services it needs, Azurite's account with explicit endpoints, the user's storage first.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LocalAzureStorageTests : IDisposable
{
    private static readonly ServiceManifest Tables = ServiceManifestReader.FromJson("""
        {
          "schemaVersion": 1, "service": "shop",
          "resources": [
            { "kind": "storage-table", "name": "Items" }
          ],
          "functions": [ { "name": "ProcessOrder", "handler": "Shop.Orders", "tracing": false, "triggers": [] } ]
        }
        """);

    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azure-storage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private AzureApp App(params (string Name, System.Text.Json.Nodes.JsonObject Bindings)[] functions) => AzureTestApps.Write(_folder, proxy: true, [], functions);

    [Fact]
    public void The_connection_string_names_the_development_account_and_each_endpoint()
    {
        var connection = LocalAzureStorage.DevelopmentConnectionString(new Dictionary<AzureStorageService, Uri>
        {
            [AzureStorageService.Table] = new("http://127.0.0.1:41002/devstoreaccount1/"),
            [AzureStorageService.Queue] = new("http://127.0.0.1:41001/devstoreaccount1"),
        });

        Assert.Equal(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={LocalAzureStorage.DevelopmentKey};QueueEndpoint=http://127.0.0.1:41001/devstoreaccount1;TableEndpoint=http://127.0.0.1:41002/devstoreaccount1",
            connection);
        Assert.DoesNotContain("UseDevelopmentStorage", connection, StringComparison.Ordinal);
        // The emulator's own client reads it as the queue's account.
        using var _ = StorageQueueClient.FromConnectionString(connection);
    }

    [Fact]
    public void Queue_and_blob_triggers_and_declared_tables_decide_the_services()
    {
        var http = App(("Items", AzureTestApps.Http("items", "get")));
        Assert.Empty(LocalAzureStorage.ServicesNeeded(http, null));
        Assert.Equal([AzureStorageService.Table], LocalAzureStorage.ServicesNeeded(http, Tables));

        var queue = App(("ProcessOrder", AzureTestApps.Queue("orders")), ("Upload", AzureTestApps.Binding("blobTrigger", "blob", new() { ["path"] = "uploads/{name}" })));
        Assert.Equal([AzureStorageService.Blob, AzureStorageService.Queue], LocalAzureStorage.ServicesNeeded(queue, null));
    }

    [Fact]
    public async Task An_app_that_needs_no_storage_starts_nothing()
    {
        Assert.Null(await LocalAzureStorage.StartAsync(App(("Items", AzureTestApps.Http("items", "get"))), null, _ => null, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_users_AzureWebJobsStorage_wins_and_reaches_each_triggers_connection()
    {
        var app = App(("ProcessOrder", AzureTestApps.Binding("queueTrigger", "message", new() { ["queueName"] = "orders", ["connection"] = "OrdersStorage" })));

        using var storage = await LocalAzureStorage.StartAsync(
            app, null, name => name == "AzureWebJobsStorage" ? "UseDevelopmentStorage=true" : name == ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable ? "/nonexistent" : null, null, CancellationToken.None);

        Assert.False(storage!.StartedAzurite);
        Assert.Equal("UseDevelopmentStorage=true", storage.Settings["AzureWebJobsStorage"]);
        Assert.Equal("UseDevelopmentStorage=true", storage.Settings["OrdersStorage"]);
    }

    [Fact]
    public async Task Azurite_missing_when_needed_is_SLS6160()
    {
        var app = App(("ProcessOrder", AzureTestApps.Queue("orders")));

        var error = await Assert.ThrowsAsync<LocalAzureStorageException>(() =>
            LocalAzureStorage.StartAsync(app, null, name => name == ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable ? "/nonexistent/azurite" : null, null, CancellationToken.None));

        Assert.Equal(DiagnosticCodes.AzuriteNotInstalled, error.Diagnostic.Code);
    }

    [Fact]
    public async Task Starts_the_queue_and_table_services_creates_the_trigger_queue_and_declared_tables_and_stops_them()
    {
        var app = App(("ProcessOrder", AzureTestApps.Queue("orders")));
        List<Uri> endpoints;
        using (var storage = await LocalAzureStorage.StartAsync(app, Tables, Environment, null, CancellationToken.None))
        {
            Assert.True(storage!.StartedAzurite);
            endpoints = [.. storage.Endpoints];
            Assert.Equal(2, endpoints.Count);
            Assert.Equal(["Items"], storage.CreatedTables);
            Assert.Contains("QueueEndpoint=", storage.ConnectionString, StringComparison.Ordinal);
            Assert.Contains("TableEndpoint=", storage.ConnectionString, StringComparison.Ordinal);
            Assert.DoesNotContain("BlobEndpoint=", storage.ConnectionString, StringComparison.Ordinal);

            // The trigger's queue exists: a message put there is there to read.
            using var queue = StorageQueueClient.FromConnectionString(storage.ConnectionString);
            await queue.PutMessageAsync("orders", "{}");
            Assert.Single(await queue.GetMessagesAsync("orders", 1, TimeSpan.FromSeconds(1)));

            // The declared table exists: creating it again finds it.
            Assert.Empty(await LocalAzureTables.CreateDeclaredAsync(Tables, storage.ConnectionString, CancellationToken.None));
        }

        foreach (var endpoint in endpoints)
        {
            using var client = new TcpClient();
            Assert.ThrowsAny<SocketException>(() => client.Connect(endpoint.Host, endpoint.Port));
        }
    }

    private static string? Environment(string name) => name == ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable ? ServerlessSdk.Testing.Azurite.Folder : null;
}
