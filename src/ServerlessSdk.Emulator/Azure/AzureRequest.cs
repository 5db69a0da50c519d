using System.Globalization;
using System.Text.Json.Nodes;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// One request to a custom handler through <see cref="LocalAzureHost"/>: an HTTP request as a client sends it
/// (<see cref="Method"/> set), or a non-HTTP invocation with its trigger data and metadata.
/// </summary>
/// <param name="Function">The Azure function (its folder name).</param>
/// <param name="Method">The HTTP method for an HTTP function; null for an invocation.</param>
/// <param name="PathAndQuery">The HTTP path with the route prefix, e.g. <c>/api/items/1</c>; null for an invocation.</param>
/// <param name="Body">The HTTP body, or null.</param>
/// <param name="Data">The trigger binding's value (<c>Data.&lt;binding&gt;</c>) for an invocation.</param>
/// <param name="Metadata">The trigger metadata for an invocation.</param>
public sealed record AzureRequest(string Function, string? Method, string? PathAndQuery, string? Body, JsonNode? Data, JsonObject? Metadata)
{
    /// <summary>True for an HTTP request, false for an invocation payload.</summary>
    public bool IsHttp => Method is not null;

    /// <summary>An HTTP request, e.g. <c>Http("Items", "GET", "/api/items")</c>.</summary>
    public static AzureRequest Http(string function, string method, string pathAndQuery, string? body = null) => new(function, method, pathAndQuery, body, null, null);

    /// <summary>An invocation of a non-HTTP function with <paramref name="data"/> as its trigger value.</summary>
    public static AzureRequest Invocation(string function, JsonNode? data, JsonObject? metadata = null) => new(function, null, null, null, data, metadata ?? []);

    /// <summary>What <c>ToString</c> shows in messages: <c>GET /api/items</c> or <c>POST /Cleanup</c>.</summary>
    public override string ToString() => IsHttp ? $"{Method} {PathAndQuery}" : $"POST /{Function}";
}

/// <summary>
/// A sample request for each trigger the local host knows, built from the function's function.json the way the host
/// would send it (learn.microsoft.com, "Azure Functions custom handlers", Request payload): the probe's cold-start
/// request and <c>dotnet serverless invoke</c>'s default.
/// </summary>
public static class AzureSampleRequests
{
    /// <summary>The value a route parameter gets: converts to a number, a string and a greedy path alike.</summary>
    public const string RouteParameterValue = "1";

    /// <summary>The sample request for <paramref name="function"/> of <paramref name="app"/> at <paramref name="now"/>.</summary>
    public static AzureRequest For(AzureApp app, AzureFunction function, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(function);
        return function.TriggerType switch
        {
            "httpTrigger" => Http(app, function),
            "timerTrigger" => AzureRequest.Invocation(function.Name, LocalAzureHost.TimerData(now)),
            "queueTrigger" or "blobTrigger" or "serviceBusTrigger" => WithContent(function, "{\"sample\":true}", now),
            "eventGridTrigger" => AzureRequest.Invocation(function.Name, EventGridEvent(now)),
            _ => AzureRequest.Invocation(function.Name, new JsonObject()),
        };
    }

    /// <summary>
    /// An invocation of a non-HTTP <paramref name="function"/> whose trigger value is <paramref name="content"/> (a
    /// project's own event file, <c>ServerlessStartupEvent</c>): a queue or Service Bus message's text, a blob's
    /// content (named <c>sample.json</c>), otherwise the JSON the trigger binds (a timer's <c>{ "IsPastDue": … }</c>).
    /// </summary>
    public static AzureRequest WithContent(AzureFunction function, string content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(content);
        return function.TriggerType switch
        {
            "queueTrigger" => AzureRequest.Invocation(function.Name, JsonValue.Create(content), QueueMetadata("sample-message", now)),
            "blobTrigger" => Blob(function, "sample.json", content, now),
            "serviceBusTrigger" => AzureRequest.Invocation(function.Name, JsonValue.Create(content), new JsonObject
            {
                ["MessageId"] = "sample-message",
                ["DeliveryCount"] = 1,
                ["EnqueuedTimeUtc"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                ["ContentType"] = "application/json",
            }),
            _ => AzureRequest.Invocation(function.Name, ParseOrText(content)),
        };
    }

    /// <summary>A sample event in the Event Grid schema (<c>id</c>, <c>topic</c>, <c>subject</c>, <c>eventType</c>, <c>eventTime</c>, <c>data</c>, <c>dataVersion</c>, <c>metadataVersion</c>).</summary>
    public static JsonObject EventGridEvent(DateTimeOffset now) => new()
    {
        ["id"] = "sample-event",
        ["topic"] = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sample/providers/Microsoft.EventGrid/topics/sample",
        ["subject"] = "samples/sample.json",
        ["eventType"] = "Sample.Created",
        ["eventTime"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["data"] = new JsonObject { ["sample"] = true },
        ["dataVersion"] = "1.0",
        ["metadataVersion"] = "1",
    };

    private static JsonNode? ParseOrText(string content)
    {
        try
        {
            return JsonNode.Parse(content);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(content);
        }
    }

    /// <summary>The metadata the queue extension sends with a message (<c>Id</c>, <c>DequeueCount</c>, …).</summary>
    public static JsonObject QueueMetadata(string id, DateTimeOffset now) => new()
    {
        ["Id"] = id,
        ["DequeueCount"] = 1,
        ["PopReceipt"] = "sample",
        ["InsertionTime"] = now.ToString("O", CultureInfo.InvariantCulture),
        ["ExpirationTime"] = now.AddDays(7).ToString("O", CultureInfo.InvariantCulture),
        ["NextVisibleTime"] = now.AddSeconds(30).ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A blob trigger invocation as the host sends it to a custom handler: the content's bytes base64-encoded as
    /// <c>Data.&lt;binding&gt;</c>, and the metadata the blob extension binds (<c>Uri</c>, <c>Properties</c>, and each
    /// path pattern's parameter, e.g. <c>name</c> for <c>uploads/{name}</c>) without <c>BlobTrigger</c>: the host
    /// leaves out every binding-data key ending in "Trigger" (azure-functions-host, ScriptInvocationContextExtensions).
    /// </summary>
    public static AzureRequest Blob(AzureFunction function, string blobName, string content, DateTimeOffset now, string? accountUri = null) =>
        Blob(function, blobName, System.Text.Encoding.UTF8.GetBytes(content), now, accountUri);

    /// <summary>A blob trigger invocation for a blob of <paramref name="content"/> bytes (see the text overload).</summary>
    public static AzureRequest Blob(AzureFunction function, string blobName, byte[] content, DateTimeOffset now, string? accountUri = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(function);
        var path = function.Setting("path") ?? "samples/{name}";
        var container = path.Split('/', 2)[0];
        var metadata = new JsonObject
        {
            ["Uri"] = $"{(accountUri ?? "http://127.0.0.1:10000/devstoreaccount1").TrimEnd('/')}/{container}/{Uri.EscapeDataString(blobName).Replace("%2F", "/", StringComparison.Ordinal)}",
            ["Properties"] = new JsonObject
            {
                ["Length"] = content.LongLength,
                ["LastModified"] = now.ToString("O", CultureInfo.InvariantCulture),
            },
        };
        foreach (var (name, value) in BlobPathParameters(path, blobName))
        {
            metadata[name] = value;
        }

        return AzureRequest.Invocation(function.Name, JsonValue.Create(Convert.ToBase64String(content)), metadata);
    }

    /// <summary>
    /// The parameters a blob path pattern binds from a blob's name: <c>uploads/{name}</c> gives <c>name</c> the whole
    /// name, <c>uploads/{stem}.{ext}</c> splits it at the literal text between the parameters. Empty when it does not match.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BlobPathParameters(string path, string blobName)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(blobName);
        var pattern = path.Split('/', 2) is [_, var rest] ? rest : string.Empty;
        var names = new List<string>();
        var regex = new System.Text.StringBuilder("^");
        var at = 0;
        while (at < pattern.Length)
        {
            var open = pattern.IndexOf('{', at);
            if (open < 0)
            {
                regex.Append(System.Text.RegularExpressions.Regex.Escape(pattern[at..]));
                break;
            }

            var close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                return new Dictionary<string, string>();
            }

            regex.Append(System.Text.RegularExpressions.Regex.Escape(pattern[at..open]));
            names.Add(pattern[(open + 1)..close]);
            regex.Append("(.+?)");
            at = close + 1;
        }

        var match = System.Text.RegularExpressions.Regex.Match(blobName, regex.Append('$').ToString(), System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success
            ? names.Select((name, i) => (name, match.Groups[i + 1].Value)).ToDictionary(p => p.name, p => p.Value, StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    /// <summary>Whether a blob named <paramref name="blobName"/> in the binding's container matches its <c>path</c> pattern.</summary>
    public static bool BlobMatches(string path, string blobName)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pattern = path.Split('/', 2) is [_, var rest] ? rest : string.Empty;
        if (pattern.Length == 0)
        {
            return true;
        }

        return pattern.Contains('{', StringComparison.Ordinal)
            ? BlobPathParameters(path, blobName).Count > 0
            : string.Equals(pattern, blobName, StringComparison.Ordinal);
    }

    private static AzureRequest Http(AzureApp app, AzureFunction function)
    {
        var method = function.Trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == System.Text.Json.JsonValueKind.Array
            ? methods.EnumerateArray().Select(m => m.GetString()).OfType<string>().FirstOrDefault(m => string.Equals(m, "get", StringComparison.OrdinalIgnoreCase))
              ?? methods.EnumerateArray().Select(m => m.GetString()).OfType<string>().FirstOrDefault()
            : null;
        method = (method ?? "GET").ToUpperInvariant();
        var route = string.Join('/', (function.Setting("route") ?? function.Name).Trim('/').Split('/').Select(segment =>
            segment.StartsWith('{') && segment.EndsWith('}') ? RouteParameterValue : segment));
        var prefix = app.RoutePrefix.Length == 0 ? string.Empty : "/" + app.RoutePrefix;
        var body = method is "POST" or "PUT" or "PATCH" ? "{}" : null;
        return AzureRequest.Http(function.Name, method, $"{prefix}/{route}", body);
    }
}
