using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// The storage account a connection string names, and Shared Key signing of its REST requests (learn.microsoft.com,
/// "Authorize with Shared Key"), shared by the local host's queue and blob clients.
/// </summary>
internal static class StorageSharedKey
{
    /// <summary>Azurite's well-known development account key (learn.microsoft.com, "Use the Azurite emulator").</summary>
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// The account, key and endpoint of <paramref name="service"/> (<c>queue</c>, <c>blob</c>) a connection string names:
    /// <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1, <paramref name="developmentPort"/>), or <c>AccountName</c>,
    /// <c>AccountKey</c> and <c>QueueEndpoint</c>/<c>BlobEndpoint</c> (or <c>DefaultEndpointsProtocol</c> and <c>EndpointSuffix</c>).
    /// </summary>
    public static (Uri Endpoint, string Account, string Key) Parse(string connectionString, string service, int developmentPort)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && string.Equals(dev, "true", StringComparison.OrdinalIgnoreCase))
        {
            return (new Uri($"http://127.0.0.1:{developmentPort}/{StorageQueueClient.DevelopmentAccount}"), StorageQueueClient.DevelopmentAccount, DevelopmentKey);
        }

        var account = parts["AccountName"];
        var endpointKey = char.ToUpperInvariant(service[0]) + service[1..] + "Endpoint";
        var endpoint = parts.TryGetValue(endpointKey, out var e)
            ? e
            : $"{parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{account}.{service}.{parts.GetValueOrDefault("EndpointSuffix", "core.windows.net")}";
        return (new Uri(endpoint), account, parts["AccountKey"]);
    }

    /// <summary>
    /// The <c>Authorization</c> header value: verb, the standard headers (an empty Content-Length when zero), the
    /// <c>x-ms-*</c> headers sorted by name, then the canonical resource with its query parameters.
    /// </summary>
    public static string Authorization(string method, string length, string contentType, SortedDictionary<string, string> msHeaders, string account, byte[] key, string absolutePath, SortedDictionary<string, string> query)
    {
        var canonicalHeaders = string.Concat(msHeaders.Select(h => $"{h.Key}:{h.Value}\n"));
        var resource = $"/{account}{absolutePath}" + string.Concat(query.Select(q => $"\n{q.Key}:{q.Value}"));
        var toSign = $"{method}\n\n\n{length}\n\n{contentType}\n\n\n\n\n\n\n{canonicalHeaders}{resource}";
        return $"SharedKey {account}:{Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)))}";
    }

    /// <summary>The RFC 1123 date for <c>x-ms-date</c>.</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
}
