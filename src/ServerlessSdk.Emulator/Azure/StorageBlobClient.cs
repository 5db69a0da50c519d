using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>One blob as List Blobs describes it: the name, its ETag (which changes with every write), length and time.</summary>
public sealed record StorageBlob(string Name, string ETag, long Length, string LastModified, string? ContentType);

/// <summary>
/// The few Azure Blob Storage REST operations the local host needs (Create Container, List Blobs, Get Blob, Put Blob),
/// signed with Shared Key, against Azurite or a storage account named by a connection string.
/// </summary>
public sealed class StorageBlobClient : IDisposable
{
    private const string ApiVersion = "2021-12-02";

    private readonly HttpClient _http = new();
    private readonly Uri _endpoint;
    private readonly string _account;
    private readonly byte[] _key;

    /// <summary>A client for the blob service at <paramref name="endpoint"/> (path-style for Azurite: <c>http://127.0.0.1:10000/devstoreaccount1</c>).</summary>
    public StorageBlobClient(Uri endpoint, string account, string base64Key)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = new Uri(endpoint.ToString().TrimEnd('/') + "/");
        _account = account;
        _key = Convert.FromBase64String(base64Key);
    }

    /// <summary>The blob service's endpoint (the account's URI, to which <c>container/name</c> is appended).</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>From a storage connection string: <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1:10000), or <c>AccountName</c>, <c>AccountKey</c> and <c>BlobEndpoint</c>.</summary>
    public static StorageBlobClient FromConnectionString(string connectionString)
    {
        var (endpoint, account, key) = StorageSharedKey.Parse(connectionString, "blob");
        return new StorageBlobClient(endpoint, account, key);
    }

    /// <summary>The connection string of Azurite's development account at <paramref name="blobEndpoint"/>.</summary>
    public static string DevelopmentConnectionString(Uri blobEndpoint) =>
        $"DefaultEndpointsProtocol=http;AccountName={StorageQueueClient.DevelopmentAccount};AccountKey={StorageSharedKey.DevelopmentKey};BlobEndpoint={blobEndpoint.ToString().TrimEnd('/')}";

    /// <summary>Creates the container (no error when it exists).</summary>
    public async Task CreateContainerAsync(string container, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Put, container, Query(("restype", "container")), null, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
        {
            throw await Failure("Create Container", response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a block blob.</summary>
    public async Task PutBlobAsync(string container, string name, byte[] content, string contentType = "application/octet-stream", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var response = await SendAsync(HttpMethod.Put, $"{container}/{Escape(name)}", Query(), (content, contentType), new() { ["x-ms-blob-type"] = "BlockBlob" }, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw await Failure("Put Blob", response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every blob in <paramref name="container"/> (all pages); empty when the container does not exist.</summary>
    public async Task<IReadOnlyList<StorageBlob>> ListBlobsAsync(string container, CancellationToken cancellationToken = default)
    {
        var blobs = new List<StorageBlob>();
        string? marker = null;
        do
        {
            var query = Query(("restype", "container"), ("comp", "list"));
            if (marker is not null)
            {
                query["marker"] = marker;
            }

            using var response = await SendAsync(HttpMethod.Get, container, query, null, null, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return [];
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw await Failure("List Blobs", response, cancellationToken).ConfigureAwait(false);
            }

            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            foreach (var blob in xml.Root!.Element("Blobs")?.Elements("Blob") ?? [])
            {
                var properties = blob.Element("Properties");
                blobs.Add(new StorageBlob(
                    (string)blob.Element("Name")!,
                    (string?)properties?.Element("Etag") ?? string.Empty,
                    long.Parse((string?)properties?.Element("Content-Length") ?? "0", CultureInfo.InvariantCulture),
                    (string?)properties?.Element("Last-Modified") ?? string.Empty,
                    (string?)properties?.Element("Content-Type")));
            }

            marker = (string?)xml.Root.Element("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);

        return blobs;
    }

    /// <summary>The blob's content.</summary>
    public async Task<byte[]> GetBlobAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{container}/{Escape(name)}", Query(), null, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await Failure("Get Blob", response, cancellationToken).ConfigureAwait(false);
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The blob's URI, as the blob extension binds <c>Uri</c>.</summary>
    public string BlobUri(string container, string name) => new Uri(_endpoint, $"{container}/{Escape(name)}").ToString();

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static string Escape(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    private static SortedDictionary<string, string> Query(params (string Name, string Value)[] parameters) =>
        new(parameters.ToDictionary(p => p.Name, p => p.Value), StringComparer.Ordinal);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, SortedDictionary<string, string> query, (byte[] Bytes, string ContentType)? body, SortedDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var queryString = string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
        var uri = new Uri(_endpoint, path + (queryString.Length > 0 ? "?" + queryString : string.Empty));
        using var request = new HttpRequestMessage(method, uri);
        var ms = new SortedDictionary<string, string>(headers ?? [], StringComparer.Ordinal) { ["x-ms-date"] = StorageSharedKey.Now(), ["x-ms-version"] = ApiVersion };
        foreach (var (name, value) in ms)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var length = string.Empty;
        var contentType = string.Empty;
        if (body is var (bytes, type))
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            length = bytes.Length == 0 ? string.Empty : bytes.Length.ToString(CultureInfo.InvariantCulture);
            contentType = type;
        }
        else if (method == HttpMethod.Put)
        {
            request.Content = new ByteArrayContent([]);
        }

        // The signed path is the one sent: escaped as the service sees it.
        request.Headers.TryAddWithoutValidation("Authorization", StorageSharedKey.Authorization(method.Method, length, contentType, ms, _account, _key, uri.AbsolutePath, query));
        return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Exception> Failure(string operation, HttpResponseMessage response, CancellationToken cancellationToken) =>
        new HttpRequestException($"{operation} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
}
