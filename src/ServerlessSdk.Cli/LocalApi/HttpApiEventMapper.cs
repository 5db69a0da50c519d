using System.Globalization;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>
/// Turns a real HTTP request into the event API Gateway sends a function for an HTTP API route (payload format
/// 2.0), and the function's response into HTTP. The wire names come from the runtime's own converters.
/// </summary>
internal static class HttpApiEventMapper
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Dictionary<string, string> Json = new(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/json" };

    /// <summary>The event for <paramref name="request"/> on the route <paramref name="match"/>, as UTF-8 JSON.</summary>
    public static byte[] ToEvent(LocalHttpRequest request, RouteMatch match, DateTimeOffset now, string requestId)
    {
        var model = ToRequest(request, match, now, requestId);
        return JsonSerializer.SerializeToUtf8Bytes(model, HttpApiJsonContext.Default.HttpApiRequest);
    }

    public static HttpApiRequest ToRequest(LocalHttpRequest request, RouteMatch match, DateTimeOffset now, string requestId)
    {
        // Header names arrive lower-cased and repeated headers comma-joined; cookies move to their own list.
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string>? cookies = null;
        foreach (var (name, value) in request.Headers)
        {
            var key = name.ToLowerInvariant();
            if (key == "cookie")
            {
                cookies ??= [];
                cookies.AddRange(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                continue;
            }

            headers[key] = headers.TryGetValue(key, out var existing) ? existing + "," + value : value;
        }

        var host = headers.GetValueOrDefault("host") ?? "localhost";
        var domain = host.Split(':')[0];
        var (body, isBase64) = Body(request.Body, headers.GetValueOrDefault("content-type"));
        return new HttpApiRequest
        {
            Version = "2.0",
            RouteKey = match.RouteKey,
            RawPath = request.RawPath,
            RawQueryString = request.RawQueryString,
            Cookies = cookies,
            Headers = headers,
            QueryStringParameters = Query(request.RawQueryString),
            PathParameters = match.PathParameters is { } parameters ? new Dictionary<string, string>(parameters, StringComparer.Ordinal) : null,
            Body = body,
            IsBase64Encoded = isBase64,
            RequestContext = new HttpApiRequestContext
            {
                AccountId = "123456789012",
                ApiId = "local",
                DomainName = domain,
                DomainPrefix = domain.Split('.')[0],
                Http = new HttpApiHttpDescription
                {
                    Method = request.Method,
                    Path = request.RawPath,
                    Protocol = request.Protocol,
                    SourceIp = request.SourceIp,
                    UserAgent = headers.GetValueOrDefault("user-agent"),
                },
                RequestId = requestId,
                RouteKey = match.RouteKey,
                Stage = "$default",
                Time = now.UtcDateTime.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                TimeEpoch = now.ToUnixTimeMilliseconds(),
            },
        };
    }

    /// <summary>Query parameters decoded; a repeated name's values joined with commas, as API Gateway does. Null when there are none.</summary>
    public static Dictionary<string, string>? Query(string rawQueryString)
    {
        if (string.IsNullOrEmpty(rawQueryString))
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in rawQueryString.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            var value = separator < 0 ? "" : Decode(pair[(separator + 1)..]);
            parameters[name] = parameters.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        return parameters.Count == 0 ? null : parameters;
    }

    /// <summary>
    /// The HTTP response for what the function returned. A JSON object with <c>statusCode</c> is a structured
    /// response; any other valid JSON is sent as a 200 <c>application/json</c> body, as API Gateway infers for
    /// payload 2.0. Anything else is API Gateway's 500.
    /// </summary>
    public static LocalHttpResponse FromResponse(ReadOnlySpan<byte> payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("statusCode", out _))
            {
                return new LocalHttpResponse(200, Json, [], payload.ToArray());
            }

            var response = JsonSerializer.Deserialize(payload, HttpApiJsonContext.Default.HttpApiResponse)!;
            var body = response.Body is null ? []
                : response.IsBase64Encoded ? Convert.FromBase64String(response.Body)
                : Encoding.UTF8.GetBytes(response.Body);
            return new LocalHttpResponse(
                response.StatusCode,
                new Dictionary<string, string>(response.Headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase),
                [.. response.Cookies ?? []],
                body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return GatewayResponses.InternalServerError;
        }
    }

    /// <summary>Text bodies go as they are; anything that is not text (by content type, or not UTF-8) goes base64.</summary>
    private static (string? Body, bool IsBase64) Body(byte[] bytes, string? contentType)
    {
        if (bytes.Length == 0)
        {
            return (null, false);
        }

        if (IsText(contentType))
        {
            try
            {
                return (StrictUtf8.GetString(bytes), false);
            }
            catch (DecoderFallbackException)
            {
                // Declared as text but not UTF-8: only base64 carries it unchanged.
            }
        }

        return (Convert.ToBase64String(bytes), true);
    }

    private static bool IsText(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType.EndsWith("/json", StringComparison.Ordinal) || mediaType.EndsWith("+json", StringComparison.Ordinal)
            || mediaType.EndsWith("/xml", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal)
            || mediaType is "application/javascript" or "application/x-www-form-urlencoded" or "application/graphql";
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
