using System.Text;
using System.Text.Json.Nodes;
using ServerlessSdk.Emulator.Azure;

namespace ServerlessSdk.Emulator.Tests.Azure;

/// <summary>
/// Blobs written to a real Azure Storage container (Azurite) are delivered by the local host to the blob-triggered
/// function once per version, with the blob trigger's metadata (learn.microsoft.com, "Azure Blob storage trigger for
/// Azure Functions", Blob name patterns and Metadata; "Azure Functions custom handlers", Request payload).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AzuriteBlobTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azurite-blob-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task New_and_rewritten_blobs_that_match_the_path_reach_the_function_once_each()
    {
        using var azurite = Azurite.StartBlob();
        using var blobs = StorageBlobClient.FromConnectionString(StorageBlobClient.DevelopmentConnectionString(azurite.Endpoint));
        await blobs.CreateContainerAsync("uploads");
        await blobs.PutBlobAsync("uploads", "report.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n"), "text/csv");
        await blobs.PutBlobAsync("uploads", "notes.txt", Encoding.UTF8.GetBytes("not a csv"), "text/plain");
        var app = AzureTestApps.Write(_folder, proxy: false, ["serve"], ("OnUpload", Blob("uploads/{name}.csv")), ("Ignored", Blob("other/{name}")));
        var settings = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = StorageBlobClient.DevelopmentConnectionString(azurite.Endpoint),
            [DisabledFunctions.SettingName("Ignored")] = "true",
        };
        await using var host = await LocalAzureHost.StartAsync(app, settings);
        var deliveries = new List<(string Blob, AzureInvocationResult? Result, Exception? Error)>();
        var count = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var pump = BlobTriggerPump.RunAsync(host, settings, (_, blob, result, error) =>
        {
            lock (deliveries)
            {
                deliveries.Add((blob.Name, result, error));
            }

            count.Release();
        }, TimeSpan.FromMilliseconds(100), stop.Token);
        await count.WaitAsync(stop.Token);
        await blobs.PutBlobAsync("uploads", "later.csv", Encoding.UTF8.GetBytes("x"), "text/csv");
        await count.WaitAsync(stop.Token);
        await blobs.PutBlobAsync("uploads", "report.csv", Encoding.UTF8.GetBytes("a,b\n3,4\n"), "text/csv");
        await count.WaitAsync(stop.Token);
        // A few more polls: nothing is delivered twice.
        await Task.Delay(500, stop.Token);
        await stop.CancelAsync();
        await pump;

        Assert.Equal(["report.csv", "later.csv", "report.csv"], deliveries.Select(d => d.Blob));
        Assert.All(deliveries, d => Assert.Null(d.Error));
        var first = deliveries[0].Result!.ReturnValue!.Value;
        Assert.Equal("OnUpload", first.GetProperty("function").GetString());
        // The bytes base64-encoded, and no BlobTrigger key: the host leaves out binding data whose name ends in "Trigger".
        Assert.Equal("a,b\n1,2\n", Encoding.UTF8.GetString(Convert.FromBase64String(first.GetProperty("data").GetProperty("blob").GetString()!)));
        var metadata = first.GetProperty("metadata");
        Assert.False(metadata.TryGetProperty("BlobTrigger", out _));
        Assert.Equal("report", metadata.GetProperty("name").GetString());
        Assert.Equal(blobs.BlobUri("uploads", "report.csv"), metadata.GetProperty("Uri").GetString());
        Assert.Equal(8, metadata.GetProperty("Properties").GetProperty("Length").GetInt64());
        Assert.Equal("a,b\n3,4\n", Encoding.UTF8.GetString(Convert.FromBase64String(deliveries[2].Result!.ReturnValue!.Value.GetProperty("data").GetProperty("blob").GetString()!)));
    }

    [Fact]
    public async Task A_failing_blob_is_retried_up_to_the_extensions_limit_then_given_up()
    {
        using var azurite = Azurite.StartBlob();
        using var blobs = StorageBlobClient.FromConnectionString(StorageBlobClient.DevelopmentConnectionString(azurite.Endpoint));
        await blobs.CreateContainerAsync("uploads");
        await blobs.PutBlobAsync("uploads", "poison.csv", Encoding.UTF8.GetBytes("x"));
        var app = AzureTestApps.Write(_folder, proxy: false, ["fail"], ("OnUpload", Blob("uploads/{name}")));
        var settings = new Dictionary<string, string> { ["AzureWebJobsStorage"] = StorageBlobClient.DevelopmentConnectionString(azurite.Endpoint) };
        await using var host = await LocalAzureHost.StartAsync(app, settings);
        var failures = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var pump = BlobTriggerPump.RunAsync(host, settings, (_, _, result, error) =>
        {
            Assert.Null(result);
            Assert.IsType<AzureHostException>(error);
            Interlocked.Increment(ref failures);
        }, TimeSpan.FromMilliseconds(50), stop.Token);
        while (Volatile.Read(ref failures) < BlobTriggerPump.MaxAttempts)
        {
            await Task.Delay(50, stop.Token);
        }

        await Task.Delay(500, stop.Token);
        await stop.CancelAsync();
        await pump;

        Assert.Equal(BlobTriggerPump.MaxAttempts, failures);
    }

    private static JsonObject Blob(string path) => AzureTestApps.Binding("blobTrigger", "blob", new JsonObject { ["path"] = path, ["connection"] = "AzureWebJobsStorage" });
}
