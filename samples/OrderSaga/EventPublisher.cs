using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderSaga;

/// <summary>
/// Puts the saga's events on the Shop bus (its name in SHOP_EVENT_BUS_NAME) with EventBridge's PutEvents, signed with
/// SigV4 from the function's credentials. Hand-written because no AWSSDK.EventBridge package is at hand: one JSON
/// call needs no SDK. AWS_ENDPOINT_URL_EVENTBRIDGE points it elsewhere, as it does an AWS SDK (tests use a local fake).
/// </summary>
public sealed class EventPublisher
{
    private static readonly Lazy<EventPublisher> Shared = new(() => new EventPublisher(
        Environment.GetEnvironmentVariable("SHOP_EVENT_BUS_NAME") ?? throw new InvalidOperationException("SHOP_EVENT_BUS_NAME is not set.")));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string _bus;
    private readonly string _region = Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1";
    private readonly Uri _endpoint;

    private EventPublisher(string bus)
    {
        _bus = bus;
        _endpoint = new Uri(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_EVENTBRIDGE") is { Length: > 0 } url ? url : $"https://events.{_region}.amazonaws.com/");
    }

    public static EventPublisher Instance => Shared.Value;

    /// <summary>Publishes one event; throws when EventBridge refuses it, so the caller's message is retried.</summary>
    public async Task PublishAsync(string detailType, OrderEvent detail)
    {
        var request = new PutEventsRequest([new PutEventsEntry(SagaEvents.Source, detailType, JsonSerializer.Serialize(detail, SagaJson.Default.OrderEvent), _bus)]);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, PutEventsJson.Default.PutEventsRequest);
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        message.Headers.Add("X-Amz-Target", "AWSEvents.PutEvents");
        Sign(message, body, DateTime.UtcNow);
        using var response = await _http.SendAsync(message).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PutEvents answered HTTP {(int)response.StatusCode}: {text}");
        }

        var result = JsonSerializer.Deserialize(text, PutEventsJson.Default.PutEventsResponse);
        if (result is null || result.FailedEntryCount > 0)
        {
            throw new InvalidOperationException($"PutEvents refused the event: {text}");
        }
    }

    // SigV4 (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): the signed headers are host, the
    // content type, the date, the target and, with temporary credentials (Lambda's), the session token.
    private void Sign(HttpRequestMessage message, byte[] body, DateTime now)
    {
        var accessKey = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? throw new InvalidOperationException("No AWS credentials in the environment.");
        var secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? throw new InvalidOperationException("No AWS credentials in the environment.");
        var token = Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN");
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = amzDate[..8];
        message.Headers.Add("X-Amz-Date", amzDate);
        if (token is { Length: > 0 })
        {
            message.Headers.Add("X-Amz-Security-Token", token);
        }

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = "application/x-amz-json-1.1",
            ["host"] = _endpoint.IsDefaultPort ? _endpoint.Host : _endpoint.Authority,
            ["x-amz-date"] = amzDate,
            ["x-amz-target"] = "AWSEvents.PutEvents",
        };
        if (token is { Length: > 0 })
        {
            headers["x-amz-security-token"] = token;
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var canonical = $"POST\n{_endpoint.AbsolutePath}\n\n{string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n"))}\n{signedHeaders}\n{Hex(SHA256.HashData(body))}";
        var scope = $"{day}/{_region}/events/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in (string[])[day, _region, "events", "aws4_request"])
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        message.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

internal sealed record PutEventsEntry(string Source, string DetailType, string Detail, string EventBusName);

internal sealed record PutEventsRequest(IReadOnlyList<PutEventsEntry> Entries);

internal sealed record PutEventsResponse(int FailedEntryCount);

// PutEvents' members are PascalCase, as C# names them.
[JsonSerializable(typeof(PutEventsRequest))]
[JsonSerializable(typeof(PutEventsResponse))]
internal sealed partial class PutEventsJson : JsonSerializerContext;
