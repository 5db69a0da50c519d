using ServerlessSdk.Emulator.Azure;

namespace ServerlessSdk.Emulator.Tests.Azure;

/// <summary>
/// A message put on a real Azure Storage queue (Azurite) is delivered by the local host to the queue-triggered
/// function as <c>Data.message</c> with the queue trigger's metadata, and deleted once handled (learn.microsoft.com,
/// "Azure Queue storage trigger for Azure Functions", Message metadata; "Azure Functions custom handlers", Request payload).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AzuriteQueueTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azurite-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_message_on_an_azurite_queue_reaches_the_function_and_is_deleted()
    {
        using var azurite = Azurite.StartQueue();
        using var queue = StorageQueueClient.Development(azurite.QueueEndpoint);
        await queue.CreateQueueAsync("orders");
        await queue.PutMessageAsync("orders", """{"orderId":42}""");
        var app = AzureTestApps.Write(_folder, proxy: false, ["serve"], ("ProcessOrder", AzureTestApps.Queue("orders")));
        var settings = new Dictionary<string, string> { ["AzureWebJobsStorage"] = StorageQueueClient.DevelopmentConnectionString(azurite.QueueEndpoint) };
        await using var host = await LocalAzureHost.StartAsync(app, settings);
        var delivered = new TaskCompletionSource<(StorageQueueMessage Message, AzureInvocationResult? Result, Exception? Error)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var pump = QueueTriggerPump.RunAsync(host, settings, (_, message, result, error) => delivered.TrySetResult((message, result, error)), cancellationToken: stop.Token);
        var (message, result, error) = await delivered.Task.WaitAsync(stop.Token);
        await stop.CancelAsync();
        await pump;

        Assert.Null(error);
        var echoed = result!.ReturnValue!.Value;
        Assert.Equal("""{"orderId":42}""", echoed.GetProperty("data").GetProperty("message").GetString());
        Assert.Equal(message.Id, echoed.GetProperty("metadata").GetProperty("Id").GetString());
        Assert.Equal(1, echoed.GetProperty("metadata").GetProperty("DequeueCount").GetInt32());
        Assert.Empty(await queue.GetMessagesAsync("orders", 1, TimeSpan.FromSeconds(1)));
    }
}
