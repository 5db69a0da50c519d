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
    /// <summary>Azurite's well-known development account key (<see cref="StorageConnectionString.DevelopmentKey"/>).</summary>
    public const string DevelopmentKey = StorageConnectionString.DevelopmentKey;

    /// <summary>The account, key and endpoint of <paramref name="service"/> (<c>queue</c>, <c>blob</c>) a connection string names (<see cref="StorageConnectionString"/>).</summary>
    public static (Uri Endpoint, string Account, string Key) Parse(string connectionString, string service)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var storage = StorageConnectionString.Parse(connectionString);
        return (storage.Endpoint(service), storage.Account, storage.Key);
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
