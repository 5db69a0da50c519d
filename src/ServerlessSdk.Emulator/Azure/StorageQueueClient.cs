using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>One message read from a queue: its id, the receipt needed to delete it, its text and how often it was read.</summary>
public sealed record StorageQueueMessage(string Id, string PopReceipt, string Text, int DequeueCount, string InsertionTime, string ExpirationTime, string NextVisibleTime);

/// <summary>
/// The few Azure Queue Storage REST operations the local host needs (Put, Get and Delete Message; Create Queue),
/// signed with Shared Key (learn.microsoft.com, "Authorize with Shared Key"), against Azurite or a storage account
/// named by a connection string.
/// </summary>
public sealed class StorageQueueClient : IDisposable
{
    /// <summary>Azurite's well-known development account (learn.microsoft.com, "Use the Azurite emulator").</summary>
    public const string DevelopmentAccount = StorageConnectionString.DevelopmentAccount;

    private const string DevelopmentKey = StorageSharedKey.DevelopmentKey;
    private const string ApiVersion = "2021-12-02";

    private readonly HttpClient _http = new();
    private readonly Uri _endpoint;
    private readonly string _account;
    private readonly byte[] _key;

    /// <summary>A client for the queue service at <paramref name="endpoint"/> (path-style for Azurite: <c>http://127.0.0.1:10001/devstoreaccount1</c>).</summary>
    public StorageQueueClient(Uri endpoint, string account, string base64Key)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = new Uri(endpoint.ToString().TrimEnd('/') + "/");
        _account = account;
        _key = Convert.FromBase64String(base64Key);
    }

    /// <summary>
    /// From a storage connection string: <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1:10001), or
    /// <c>AccountName</c>, <c>AccountKey</c> and <c>QueueEndpoint</c> (or <c>DefaultEndpointsProtocol</c> and <c>EndpointSuffix</c>).
    /// </summary>
    public static StorageQueueClient FromConnectionString(string connectionString)
    {
        var (endpoint, account, key) = StorageSharedKey.Parse(connectionString, "queue");
        return new StorageQueueClient(endpoint, account, key);
    }

    /// <summary>Azurite's development account at <paramref name="queueEndpoint"/>.</summary>
    public static StorageQueueClient Development(Uri queueEndpoint) => new(queueEndpoint, DevelopmentAccount, DevelopmentKey);

    /// <summary>The connection string of Azurite's development account at <paramref name="queueEndpoint"/>.</summary>
    public static string DevelopmentConnectionString(Uri queueEndpoint) =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};AccountKey={DevelopmentKey};QueueEndpoint={queueEndpoint.ToString().TrimEnd('/')}";

    /// <summary>Creates the queue (no error when it exists).</summary>
    public async Task CreateQueueAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Put, queue, [], null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.Conflict))
        {
            throw await Failure("Create Queue", response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts a message; its text is sent base64-encoded, the queue trigger's default encoding.</summary>
    public async Task PutMessageAsync(string queue, string text, CancellationToken cancellationToken = default)
    {
        var body = $"<QueueMessage><MessageText>{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}</MessageText></QueueMessage>";
        using var response = await SendAsync(HttpMethod.Post, $"{queue}/messages", [], body, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw await Failure("Put Message", response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gets up to <paramref name="count"/> messages, invisible to others for <paramref name="visibility"/>; base64 text is decoded.</summary>
    public async Task<IReadOnlyList<StorageQueueMessage>> GetMessagesAsync(string queue, int count, TimeSpan visibility, CancellationToken cancellationToken = default)
    {
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["numofmessages"] = count.ToString(CultureInfo.InvariantCulture),
            ["visibilitytimeout"] = ((int)visibility.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        };
        using var response = await SendAsync(HttpMethod.Get, $"{queue}/messages", query, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await Failure("Get Messages", response, cancellationToken).ConfigureAwait(false);
        }

        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return [.. xml.Root!.Elements("QueueMessage").Select(m => new StorageQueueMessage(
            (string)m.Element("MessageId")!,
            (string)m.Element("PopReceipt")!,
            Decode((string?)m.Element("MessageText") ?? string.Empty),
            int.Parse((string?)m.Element("DequeueCount") ?? "1", CultureInfo.InvariantCulture),
            (string?)m.Element("InsertionTime") ?? string.Empty,
            (string?)m.Element("ExpirationTime") ?? string.Empty,
            (string?)m.Element("TimeNextVisible") ?? string.Empty))];
    }

    /// <summary>Deletes a message read with <see cref="GetMessagesAsync"/>.</summary>
    public async Task DeleteMessageAsync(string queue, StorageQueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["popreceipt"] = message.PopReceipt };
        using var response = await SendAsync(HttpMethod.Delete, $"{queue}/messages/{message.Id}", query, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw await Failure("Delete Message", response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, SortedDictionary<string, string> query, string? body, CancellationToken cancellationToken)
    {
        var queryString = string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
        var uri = new Uri(_endpoint, path + (queryString.Length > 0 ? "?" + queryString : string.Empty));
        using var request = new HttpRequestMessage(method, uri);
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        request.Headers.TryAddWithoutValidation("x-ms-date", date);
        request.Headers.TryAddWithoutValidation("x-ms-version", ApiVersion);
        var length = string.Empty;
        var contentType = string.Empty;
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml");
            length = bytes.Length.ToString(CultureInfo.InvariantCulture);
            contentType = "application/xml";
        }
        else if (method == HttpMethod.Put)
        {
            request.Content = new ByteArrayContent([]);
        }

        var ms = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["x-ms-date"] = date, ["x-ms-version"] = ApiVersion };
        request.Headers.TryAddWithoutValidation("Authorization", StorageSharedKey.Authorization(method.Method, length, contentType, ms, _account, _key, uri.AbsolutePath, query));
        return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static string Decode(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : text;
    }

    private static async Task<Exception> Failure(string operation, HttpResponseMessage response, CancellationToken cancellationToken) =>
        new HttpRequestException($"{operation} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
}
