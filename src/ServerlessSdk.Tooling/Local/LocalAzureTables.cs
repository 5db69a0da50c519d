using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// Creates an Azure project's declared storage tables (<c>[assembly: StorageTable]</c>) in a table service named by a
/// connection string, as main.bicep creates them on Azure: Azurite locally (<c>UseDevelopmentStorage=true</c> or its
/// explicit form), or a storage account that allows Shared Key. Each table gets its declared name, which is also what
/// its <c>NAME_TABLE_NAME</c> variable holds. Existing tables are left alone. Uses the Table service's Create Table
/// operation (learn.microsoft.com, "Create Table (REST API)"), signed with Shared Key Lite.
/// </summary>
public static class LocalAzureTables
{
    private const string ApiVersion = "2019-02-02";

    /// <summary>
    /// The declared storage tables of <paramref name="manifest"/> that did not exist and were created, by name (none
    /// when it declares none, without a request). Throws <see cref="LocalAzureTablesException"/>: SLS4206 for a
    /// malformed connection string, SLS4207 when the service cannot be reached or refuses.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateDeclaredAsync(ServiceManifest manifest, string connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var tables = manifest.Resources.OfType<DeclaredStorageTable>().Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        if (tables.Count == 0)
        {
            return [];
        }

        StorageConnectionString storage;
        Uri endpoint;
        try
        {
            storage = StorageConnectionString.Parse(connectionString ?? string.Empty);
            endpoint = storage.Endpoint("table");
        }
        catch (FormatException e)
        {
            throw new LocalAzureTablesException(ServerlessDiagnostic.Error(DiagnosticCodes.AzureTablesConnectionInvalid, $"cannot create the declared storage tables: {e.Message}; use UseDevelopmentStorage=true for Azurite, or AccountName, AccountKey and TableEndpoint"), e);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var created = new List<string>();
        foreach (var table in tables)
        {
            if (await CreateAsync(http, storage, endpoint, table, cancellationToken).ConfigureAwait(false))
            {
                created.Add(table);
            }
        }

        return created;
    }

    /// <summary>
    /// The app settings the declared tables give an Azure app locally, as main.bicep sets them on Azure: each table a
    /// function uses, by its variable (<c>ITEMS_TABLE_NAME=Items</c>). Azure app settings are the app's, not a function's.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(ServiceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var used = manifest.Functions.SelectMany(f => f.Uses).Select(u => u.Resource).ToHashSet(StringComparer.Ordinal);
        return manifest.Resources.OfType<DeclaredStorageTable>().Where(t => used.Contains(t.Name))
            .ToDictionary(t => t.EnvironmentVariable, t => t.Name, StringComparer.Ordinal);
    }

    private static async Task<bool> CreateAsync(HttpClient http, StorageConnectionString storage, Uri endpoint, string table, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/Tables"));
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-version", ApiVersion);
        request.Headers.Add("DataServiceVersion", "3.0");
        request.Headers.Add("Prefer", "return-no-content");
        request.Headers.Accept.ParseAdd("application/json;odata=nometadata");
        request.Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = table }, LocalAzureTablesJson.Default.DictionaryStringString), Encoding.UTF8, "application/json");

        // Shared Key Lite for the Table service: the date and /account/path (learn.microsoft.com, "Authorize with Shared Key").
        var resource = $"/{storage.Account}{request.RequestUri!.AbsolutePath}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(storage.KeyBytes, Encoding.UTF8.GetBytes($"{date}\n{resource}")));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKeyLite", $"{storage.Account}:{signature}");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                return false;
            }

            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw NotCreated(table, endpoint, $"the service answered {(int)response.StatusCode} {First(body)}", null);
            }

            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw NotCreated(table, endpoint, e.Message, e);
        }
    }

    private static LocalAzureTablesException NotCreated(string table, Uri endpoint, string why, Exception? inner) => new(
        ServerlessDiagnostic.Error(DiagnosticCodes.AzureTablesNotCreated, $"cannot create storage table '{table}' at {endpoint}: {why}; start Azurite's table service or check the connection string"), inner);

    private static string First(string body) => body.Length <= 200 ? body.ReplaceLineEndings(" ") : body[..200].ReplaceLineEndings(" ") + "…";
}

/// <summary>A declared storage table could not be created locally; <see cref="Diagnostic"/> says which and why.</summary>
public sealed class LocalAzureTablesException(ServerlessDiagnostic diagnostic, Exception? inner = null)
    : Exception(diagnostic.Message, inner)
{
    /// <summary>The coded error to print (SLS4206 or SLS4207).</summary>
    public ServerlessDiagnostic Diagnostic { get; } = diagnostic;
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class LocalAzureTablesJson : System.Text.Json.Serialization.JsonSerializerContext;
