namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// An Azure Storage connection string, as far as Shared Key requests need it: the account, its key and a service's
/// endpoint. <c>UseDevelopmentStorage=true</c> is Azurite's well-known development account on 127.0.0.1 (blob 10000,
/// queue 10001, table 10002); otherwise <c>AccountName</c> and <c>AccountKey</c>, with <c>TableEndpoint</c> (or
/// <c>QueueEndpoint</c>, <c>BlobEndpoint</c>) or <c>DefaultEndpointsProtocol</c> and <c>EndpointSuffix</c>
/// (learn.microsoft.com, "Configure Azure Storage connection strings").
/// </summary>
public sealed record StorageConnectionString(string Account, string Key, IReadOnlyDictionary<string, string> Parts)
{
    /// <summary>Azurite's development account.</summary>
    public const string DevelopmentAccount = "devstoreaccount1";

    /// <summary>Its key, public and documented (learn.microsoft.com, "Use the Azurite emulator"): what UseDevelopmentStorage=true means.</summary>
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Dictionary<string, int> DevelopmentPorts = new(StringComparer.Ordinal) { ["blob"] = 10000, ["queue"] = 10001, ["table"] = 10002 };

    /// <summary>Whether this is <c>UseDevelopmentStorage=true</c>.</summary>
    public bool IsDevelopment => Parts.TryGetValue("UseDevelopmentStorage", out var dev) && string.Equals(dev, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The account key's bytes, for HMAC-SHA256 signatures.</summary>
    public byte[] KeyBytes => Convert.FromBase64String(Key);

    /// <summary>Parses <paramref name="connectionString"/>; a <see cref="FormatException"/> says what is missing or wrong.</summary>
    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var development = new StorageConnectionString(DevelopmentAccount, DevelopmentKey, parts);
        if (development.IsDevelopment)
        {
            return development;
        }

        var account = parts.GetValueOrDefault("AccountName") is { Length: > 0 } a ? a : throw new FormatException("the connection string has no AccountName");
        var key = parts.GetValueOrDefault("AccountKey") is { Length: > 0 } k ? k : throw new FormatException("the connection string has no AccountKey");
        try
        {
            _ = Convert.FromBase64String(key);
        }
        catch (FormatException e)
        {
            throw new FormatException("the connection string's AccountKey is not base64", e);
        }

        return new StorageConnectionString(account, key, parts);
    }

    /// <summary>The endpoint of <paramref name="service"/> (<c>blob</c>, <c>queue</c>, <c>table</c>), without a trailing slash.</summary>
    public Uri Endpoint(string service)
    {
        if (IsDevelopment)
        {
            return new Uri($"http://127.0.0.1:{DevelopmentPorts[service]}/{DevelopmentAccount}");
        }

        var configured = Parts.GetValueOrDefault(char.ToUpperInvariant(service[0]) + service[1..] + "Endpoint");
        var text = configured is { Length: > 0 }
            ? configured
            : $"{Parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{Account}.{service}.{Parts.GetValueOrDefault("EndpointSuffix", "core.windows.net")}";
        return Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new FormatException($"the connection string's {service} endpoint '{text}' is not an http(s) URL");
    }
}
