using System.Globalization;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// Delivers blobs to the app's <c>blobTrigger</c> functions like the host's blob extension in its polling mode: it
/// lists the container the binding's <c>path</c> names (through its <c>connection</c> app setting), and sends each
/// blob whose name matches the path pattern once per version (its ETag: a new blob, or one written again), blobs
/// already there at start included, as the host does without receipts. The request is
/// <see cref="AzureSampleRequests.Blob(AzureFunction, string, byte[], DateTimeOffset, string?)"/>'s, as the host sends it: the bytes base64-encoded as
/// <c>Data.&lt;binding&gt;</c>, with <c>Uri</c>, <c>Properties</c> and the path's parameters. A failed invocation is retried on
/// the next polls, up to <see cref="MaxAttempts"/> times (the extension's default <c>maxDequeueCount</c>), then
/// given up. A function disabled by its <c>AzureWebJobs.&lt;name&gt;.Disabled</c> setting is not fed.
/// </summary>
public static class BlobTriggerPump
{
    /// <summary>How often a failing blob is tried before it is given up, as the blob extension's default.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Polls every blob function's container until <paramref name="cancellationToken"/> is cancelled; each delivery goes to <paramref name="delivered"/>.</summary>
    /// <exception cref="AzureHostException">A blob function's connection setting is not among <paramref name="settings"/>.</exception>
    public static async Task RunAsync(LocalAzureHost host, IReadOnlyDictionary<string, string> settings, Action<AzureFunction, StorageBlob, AzureInvocationResult?, Exception?> delivered, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(delivered);
        var watched = host.App.Functions.Where(f => f.TriggerType == "blobTrigger" && !DisabledFunctions.IsDisabled(settings, f.Name)).Select(f =>
        {
            var connection = f.Setting("connection") ?? "AzureWebJobsStorage";
            var value = settings.GetValueOrDefault(connection) ?? throw new AzureHostException($"{f.Name}'s blob connection '{connection}' is not set", AzureHostFailure.MissingSetting);
            var path = f.Setting("path") ?? string.Empty;
            return (Function: f, Path: path, Container: path.Split('/', 2)[0], Client: StorageBlobClient.FromConnectionString(value));
        }).ToList();
        // (function, blob) → the ETag delivered, or the attempts so far at the ETag that keeps failing.
        var receipts = new Dictionary<(string, string), (string ETag, int Failures, bool Done)>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                foreach (var (function, path, container, client) in watched)
                {
                    foreach (var blob in await client.ListBlobsAsync(container, cancellationToken).ConfigureAwait(false))
                    {
                        var key = (function.Name, blob.Name);
                        if (!AzureSampleRequests.BlobMatches(path, blob.Name)
                            || (receipts.TryGetValue(key, out var receipt) && receipt.ETag == blob.ETag && receipt.Done))
                        {
                            continue;
                        }

                        var failures = receipt.ETag == blob.ETag ? receipt.Failures : 0;
                        try
                        {
                            var content = await client.GetBlobAsync(container, blob.Name, cancellationToken).ConfigureAwait(false);
                            var modified = DateTimeOffset.TryParse(blob.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.UtcNow;
                            var request = AzureSampleRequests.Blob(function, blob.Name, content, modified, client.Endpoint.ToString());
                            var result = await host.InvokeAsync(function.Name, request.Data, request.Metadata, cancellationToken).ConfigureAwait(false);
                            receipts[key] = (blob.ETag, failures, true);
                            delivered(function, blob, result, null);
                        }
                        catch (Exception ex) when (ex is AzureHostException or HttpRequestException)
                        {
                            receipts[key] = (blob.ETag, failures + 1, failures + 1 >= MaxAttempts);
                            delivered(function, blob, null, ex);
                        }
                    }
                }

                await Task.Delay(pollInterval ?? TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var (_, _, _, client) in watched)
            {
                client.Dispose();
            }
        }
    }
}
