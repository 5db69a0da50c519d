using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessFunction1;

/// <summary>
/// Items in the Azure Table Storage table <c>Items</c> (one partition, one entity per <see cref="Item"/> keyed by
/// <c>RowKey</c> = id), through the Table service's REST API and source-generated JSON. Azure.Data.Tables is the
/// official client, but it does not publish Native AOT cleanly (12.13.0: IL2026/IL3050 from its reflection-based
/// entity binder), so this store speaks the documented protocol itself: insert, point read, delete, and a
/// partition query that follows continuation tokens.
/// On Azure it authenticates with a token of the app's managed identity (<see cref="ManagedIdentityToken"/>; the
/// table-scoped role main.bicep grants for <c>[Uses("Items", Access.ReadWrite)]</c>); locally with the account key of
/// a connection string (Shared Key Lite; Azurite: <c>UseDevelopmentStorage=true</c>).
/// </summary>
public sealed class TableStorageItemStore : IItemStore
{
    /// <summary>The variable main.bicep sets to the declared table's name (<see cref="DefaultTableName"/> when unset).</summary>
    public const string TableNameVariable = "ITEMS_TABLE_NAME";

    /// <summary>The table <c>[assembly: StorageTable("Items")]</c> declares.</summary>
    public const string DefaultTableName = "Items";

    private const string Partition = "items";
    private const string ApiVersion = "2019-02-02";
    private const string StorageResource = "https://storage.azure.com/";

    // Azurite's well-known development account (public, documented): what UseDevelopmentStorage=true means.
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly HttpClient _http;
    private readonly Uri _table;
    private readonly Func<HttpRequestMessage, CancellationToken, ValueTask> _authorize;

    private TableStorageItemStore(HttpClient http, Uri tableEndpoint, string tableName, Func<HttpRequestMessage, CancellationToken, ValueTask> authorize)
    {
        _http = http;
        _table = new Uri(tableEndpoint.AbsoluteUri.TrimEnd('/') + "/" + tableName);
        TableName = tableName;
        _authorize = authorize;
    }

    public string TableName { get; }

    /// <summary>
    /// The store the app runs: on Azure the account of <c>AzureWebJobsStorage__accountName</c> (set by main.bicep)
    /// with the managed identity; otherwise the connection string in <c>AzureWebJobsStorage</c>.
    /// </summary>
    public static TableStorageItemStore FromEnvironment()
    {
        var tableName = Environment.GetEnvironmentVariable(TableNameVariable) is { Length: > 0 } name ? name : DefaultTableName;
        if (Environment.GetEnvironmentVariable("AzureWebJobsStorage__accountName") is { Length: > 0 } account)
        {
            var http = new HttpClient();
            var identity = ManagedIdentityToken.FromEnvironment(http, StorageResource)
                ?? throw new InvalidOperationException("AzureWebJobsStorage__accountName is set but IDENTITY_ENDPOINT/IDENTITY_HEADER are not: the app has no managed identity (main.bicep gives it one).");
            return WithIdentity(http, new Uri($"https://{account}.table.core.windows.net"), tableName, identity);
        }

        return Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } connectionString
            ? FromConnectionString(connectionString, tableName)
            : throw new InvalidOperationException("Neither AzureWebJobsStorage__accountName nor AzureWebJobsStorage is set: main.bicep sets the first; set the second to UseDevelopmentStorage=true for Azurite.");
    }

    /// <summary>A store that sends the managed identity's bearer token (Entra ID), as on Azure.</summary>
    public static TableStorageItemStore WithIdentity(HttpClient http, Uri tableEndpoint, string tableName, ManagedIdentityToken identity) =>
        new(http, tableEndpoint, tableName, async (request, cancellationToken) =>
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await identity.GetAsync(cancellationToken)));

    /// <summary>A store that signs requests with the account key of a storage connection string (Shared Key Lite).</summary>
    public static TableStorageItemStore FromConnectionString(string connectionString, string tableName)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        string account, key;
        Uri endpoint;
        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            (account, key, endpoint) = (DevelopmentAccount, DevelopmentKey, new Uri($"http://127.0.0.1:10002/{DevelopmentAccount}"));
        }
        else
        {
            account = parts.GetValueOrDefault("AccountName") ?? throw new FormatException("The connection string has no AccountName.");
            key = parts.GetValueOrDefault("AccountKey") ?? throw new FormatException("The connection string has no AccountKey.");
            endpoint = parts.TryGetValue("TableEndpoint", out var configured)
                ? new Uri(configured)
                : new Uri($"{parts.GetValueOrDefault("DefaultEndpointsProtocol") ?? "https"}://{account}.table.{parts.GetValueOrDefault("EndpointSuffix") ?? "core.windows.net"}");
        }

        var secret = Convert.FromBase64String(key);
        return new(new HttpClient(), endpoint, tableName, (request, _) =>
        {
            // Shared Key Lite for the Table service: the date and the canonicalized resource, /account/path.
            var date = request.Headers.GetValues("x-ms-date").Single();
            var resource = $"/{account}{request.RequestUri!.AbsolutePath}";
            var signature = Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{date}\n{resource}")));
            request.Headers.Authorization = new AuthenticationHeaderValue("SharedKeyLite", $"{account}:{signature}");
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Creates the table unless it exists (main.bicep does it on Azure; the tests call this against Azurite).</summary>
    public async ValueTask CreateTableIfMissingAsync(CancellationToken cancellationToken)
    {
        var tables = new Uri(_table.AbsoluteUri[..(_table.AbsoluteUri.LastIndexOf('/') + 1)] + "Tables");
        using var response = await SendAsync(HttpMethod.Post, tables, JsonSerializer.Serialize(new TableCreation(TableName), TableJsonContext.Default.TableCreation), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            await EnsureSuccessAsync(response, cancellationToken);
        }
    }

    public async ValueTask<IReadOnlyList<Item>> ListAsync(CancellationToken cancellationToken)
    {
        // One partition query; the service pages at 1,000 entities and returns continuation headers.
        var items = new List<Item>();
        string? next = null;
        do
        {
            var query = $"()?$filter={Uri.EscapeDataString($"PartitionKey eq '{Partition}'")}{next}";
            using var response = await SendAsync(HttpMethod.Get, new Uri(_table.AbsoluteUri + query), null, cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);
            var page = await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(cancellationToken), TableJsonContext.Default.EntityPage, cancellationToken);
            items.AddRange((page?.Value ?? []).Select(FromEntity));
            next = response.Headers.TryGetValues("x-ms-continuation-NextPartitionKey", out var partitionKeys)
                ? $"&NextPartitionKey={Uri.EscapeDataString(partitionKeys.Single())}"
                    + (response.Headers.TryGetValues("x-ms-continuation-NextRowKey", out var rowKeys) ? $"&NextRowKey={Uri.EscapeDataString(rowKeys.Single())}" : string.Empty)
                : null;
        }
        while (next is not null);

        return [.. items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)];
    }

    public async ValueTask<Item?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, EntityUri(id), null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        var entity = await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(cancellationToken), TableJsonContext.Default.ItemEntity, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    public async ValueTask AddAsync(Item item, CancellationToken cancellationToken)
    {
        var entity = new ItemEntity(Partition, item.Id.ToString(), item.Name, item.Price.ToString(CultureInfo.InvariantCulture), item.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        using var response = await SendAsync(HttpMethod.Post, _table, JsonSerializer.Serialize(entity, TableJsonContext.Default.ItemEntity), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async ValueTask<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, EntityUri(id), null, cancellationToken, ifMatch: "*");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return true;
    }

    private Uri EntityUri(Guid id) => new($"{_table.AbsoluteUri}(PartitionKey='{Partition}',RowKey='{id}')");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, string? json, CancellationToken cancellationToken, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("x-ms-date", DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture));
        request.Headers.Add("x-ms-version", ApiVersion);
        request.Headers.Add("DataServiceVersion", "3.0");
        request.Headers.Accept.ParseAdd("application/json;odata=nometadata");
        if (json is not null)
        {
            request.Headers.Add("Prefer", "return-no-content");
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        await _authorize(request, cancellationToken);
        return await _http.SendAsync(request, cancellationToken);
    }

    private static async ValueTask EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"The Table service answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }
    }

    private static Item FromEntity(ItemEntity entity) => new(
        Guid.Parse(entity.RowKey),
        entity.Name,
        decimal.Parse(entity.Price, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(entity.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}

/// <summary>An item as a table entity; the price and time are strings so they round-trip exactly.</summary>
internal sealed record ItemEntity(string PartitionKey, string RowKey, string Name, string Price, string CreatedAt);

internal sealed record EntityPage(IReadOnlyList<ItemEntity>? Value);

internal sealed record TableCreation(string TableName);

/// <summary>The Table service's JSON (no metadata): property names as they are, PascalCase keys.</summary>
[JsonSerializable(typeof(ItemEntity))]
[JsonSerializable(typeof(EntityPage))]
[JsonSerializable(typeof(TableCreation))]
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
internal sealed partial class TableJsonContext : JsonSerializerContext;
