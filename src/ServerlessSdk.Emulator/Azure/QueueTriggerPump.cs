using System.Text.Json.Nodes;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// Delivers Storage queue messages to the app's <c>queueTrigger</c> functions like the host's queue extension: a
/// message is read (invisible meanwhile), sent as <c>Data.&lt;binding&gt;</c> with the documented metadata
/// (<c>Id</c>, <c>DequeueCount</c>, <c>PopReceipt</c>, …) and deleted once the handler answered; a failed
/// invocation leaves it to reappear. The connection string comes from the binding's <c>connection</c> setting. A
/// function disabled by its <c>AzureWebJobs.&lt;name&gt;.Disabled</c> setting is not read for (<see cref="DisabledFunctions"/>).
/// </summary>
public static class QueueTriggerPump
{
    /// <summary>Polls every queue function until <paramref name="cancellationToken"/> is cancelled; each result goes to <paramref name="delivered"/>.</summary>
    public static async Task RunAsync(LocalAzureHost host, IReadOnlyDictionary<string, string> settings, Action<AzureFunction, StorageQueueMessage, AzureInvocationResult?, Exception?> delivered, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(delivered);
        var queues = host.App.Functions.Where(f => f.TriggerType == "queueTrigger" && !DisabledFunctions.IsDisabled(settings, f.Name)).Select(f =>
        {
            var connection = f.Setting("connection") ?? "AzureWebJobsStorage";
            var value = settings.GetValueOrDefault(connection) ?? throw new AzureHostException($"{f.Name}'s queue connection '{connection}' is not set", AzureHostFailure.MissingSetting);
            return (Function: f, Queue: f.Setting("queueName")!, Client: StorageQueueClient.FromConnectionString(value));
        }).ToList();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var any = false;
                foreach (var (function, queue, client) in queues)
                {
                    foreach (var message in await client.GetMessagesAsync(queue, 1, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false))
                    {
                        any = true;
                        var metadata = new JsonObject
                        {
                            ["Id"] = message.Id,
                            ["DequeueCount"] = message.DequeueCount,
                            ["PopReceipt"] = message.PopReceipt,
                            ["InsertionTime"] = message.InsertionTime,
                            ["ExpirationTime"] = message.ExpirationTime,
                            ["NextVisibleTime"] = message.NextVisibleTime,
                        };
                        try
                        {
                            var result = await host.InvokeAsync(function.Name, JsonValue.Create(message.Text), metadata, cancellationToken).ConfigureAwait(false);
                            await client.DeleteMessageAsync(queue, message, cancellationToken).ConfigureAwait(false);
                            delivered(function, message, result, null);
                        }
                        catch (Exception ex) when (ex is AzureHostException or HttpRequestException)
                        {
                            delivered(function, message, null, ex);
                        }
                    }
                }

                if (!any)
                {
                    await Task.Delay(pollInterval ?? TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var (_, _, client) in queues)
            {
                client.Dispose();
            }
        }
    }
}
