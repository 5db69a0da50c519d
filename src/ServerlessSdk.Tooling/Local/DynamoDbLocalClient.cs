using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// Creates declared tables in a local DynamoDB (dynalite, DynamoDB Local, LocalStack) over its JSON API, signed with
/// SigV4 and the dummy credentials of <see cref="LocalAws"/>: the tool and the MSBuild tasks need two API calls, not
/// the AWS SDK.
/// </summary>
public sealed class DynamoDbLocalClient(Uri endpoint) : IDisposable
{
    private const string AccessKey = "local";
    private const string SecretKey = "local";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>Creates <paramref name="table"/> as <paramref name="physicalName"/> unless a table of that name exists; true when it created it.</summary>
    public async Task<bool> CreateIfMissingAsync(string physicalName, DeclaredTable table, CancellationToken cancellationToken)
    {
        var (status, body) = await SendAsync("CreateTable", CreateTableRequest(physicalName, table), physicalName, cancellationToken).ConfigureAwait(false);
        if (status < 300)
        {
            return true;
        }

        // The table is there already: a previous run, or the user's own.
        return body.Contains("ResourceInUseException", StringComparison.Ordinal)
            ? false
            : throw NotCreated(physicalName, $"HTTP {status}: {body}");
    }

    /// <summary>The names of the tables that exist (first page; enough for a local loop).</summary>
    public async Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken)
    {
        var (status, body) = await SendAsync("ListTables", new JsonObject(), "(list)", cancellationToken).ConfigureAwait(false);
        if (status >= 300)
        {
            throw NotCreated("(list)", $"HTTP {status}: {body}");
        }

        return [.. (JsonNode.Parse(body)?["TableNames"]?.AsArray() ?? []).Select(n => n!.GetValue<string>())];
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    internal static JsonObject CreateTableRequest(string physicalName, DeclaredTable table)
    {
        var request = new JsonObject
        {
            ["TableName"] = physicalName,
            ["BillingMode"] = "PAY_PER_REQUEST",
            ["AttributeDefinitions"] = new JsonArray([.. table.KeyAttributes.Select(k => new JsonObject { ["AttributeName"] = k.Name, ["AttributeType"] = k.Type })]),
            ["KeySchema"] = KeySchema(table.PartitionKey, table.SortKey),
        };
        if (table.Indexes.Count > 0)
        {
            request["GlobalSecondaryIndexes"] = new JsonArray([.. table.Indexes.Select(i => new JsonObject
            {
                ["IndexName"] = i.Name,
                ["KeySchema"] = KeySchema(i.PartitionKey, i.SortKey),
                ["Projection"] = new JsonObject { ["ProjectionType"] = i.Projection },
            })]);
        }

        if (table.Stream is { } view)
        {
            request["StreamSpecification"] = new JsonObject { ["StreamEnabled"] = true, ["StreamViewType"] = view };
        }

        return request;
    }

    private static JsonArray KeySchema(TableKey partitionKey, TableKey? sortKey) =>
        [.. new[] { (Key: partitionKey, Role: "HASH") }.Concat(sortKey is { } sort ? [(sort, "RANGE")] : [])
            .Select(k => new JsonObject { ["AttributeName"] = k.Key.Name, ["KeyType"] = k.Role })];

    private async Task<(int Status, string Body)> SendAsync(string operation, JsonObject payload, string table, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        var target = "DynamoDB_20120810." + operation;
        var now = DateTime.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Add("X-Amz-Target", target);
        request.Headers.Add("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(now, amzDate, target, body));
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw NotCreated(table, e.Message, e);
        }
    }

    /// <summary>AWS Signature Version 4 over the headers sent (content-type, host, x-amz-date, x-amz-target).</summary>
    private string Authorization(DateTime now, string amzDate, string target, byte[] body)
    {
        var day = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{day}/{LocalAws.Region}/dynamodb/aws4_request";
        const string signedHeaders = "content-type;host;x-amz-date;x-amz-target";
        var canonical = $"POST\n{endpoint.AbsolutePath}\n\ncontent-type:application/x-amz-json-1.0\nhost:{endpoint.Authority}\n"
            + $"x-amz-date:{amzDate}\nx-amz-target:{target}\n\n{signedHeaders}\n{Hex(SHA256.HashData(body))}";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + SecretKey);
        foreach (var part in new[] { day, LocalAws.Region, "dynamodb", "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return $"AWS4-HMAC-SHA256 Credential={AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private LocalDynamoDbException NotCreated(string table, string why, Exception? inner = null) =>
        new(ServerlessDiagnostic.Error(DiagnosticCodes.LocalTableNotCreated,
            $"Cannot create the declared table {table} at {endpoint}: {why.Trim()}. Check that the DynamoDB at "
            + $"{LocalAws.DynamoDbEndpointVariable} is running, or unset it to let the tool start dynalite."), inner);
}
