using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// Create Table against a local Table service (Azurite) over its REST API, signed with Shared Key Lite
/// (learn.microsoft.com, "Authorize with Shared Key"): the tool needs one call, not Azure.Data.Tables.
/// </summary>
internal sealed class LocalTableClient(Uri endpoint, string account, string base64Key) : IDisposable
{
    private const string ApiVersion = "2019-02-02";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private readonly byte[] _key = Convert.FromBase64String(base64Key);

    /// <summary>Creates <paramref name="table"/>; true when it did, false when it existed.</summary>
    public async Task<bool> CreateIfMissingAsync(string table, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/Tables"))
        {
            Content = new StringContent(new System.Text.Json.Nodes.JsonObject { ["TableName"] = table }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-version", ApiVersion);
        request.Headers.Accept.ParseAdd("application/json;odata=nometadata");
        request.Headers.Add("Prefer", "return-no-content");
        // Shared Key Lite for the Table service signs the date and /account/path.
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{date}\n/{account}{request.RequestUri!.AbsolutePath}")));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKeyLite", $"{account}:{signature}");
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                return false;
            }

            return response.IsSuccessStatusCode
                ? true
                : throw NotCreated(table, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw NotCreated(table, e.Message, e);
        }
    }

    public void Dispose() => _http.Dispose();

    private LocalAzureStorageException NotCreated(string table, string why, Exception? inner = null) =>
        new(ServerlessDiagnostic.Error(DiagnosticCodes.LocalAzureStorageNotPrepared,
            $"Cannot create the declared table {table} in Azurite at {endpoint}: {why.Trim()}. Check that Azurite runs, or set AzureWebJobsStorage to your own storage."), inner);
}
