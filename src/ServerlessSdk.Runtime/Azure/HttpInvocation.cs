using System.Buffers;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// An HTTP request the host sends as an invocation when host.json does not proxy (an app that mixes HTTP with other
/// triggers): <c>POST /&lt;FunctionName&gt;</c> with <c>{ "Data": { "req": { "Url", "Method", "Query", "Headers",
/// "Params", "Body" } } }</c>, answered with <c>{ "Outputs": { "res": { "statusCode", "headers", "body" } } }</c>
/// (learn.microsoft.com/azure/azure-functions/functions-custom-handlers#http-only-function). The binding names are the
/// ones the build writes into function.json.
/// </summary>
internal static class HttpInvocation
{
    public const string RequestBinding = "req";
    public const string ResponseBinding = "res";

    /// <summary>The request in <paramref name="payload"/>, or null when it carries no HTTP trigger value.</summary>
    public static HttpApiRequest? ToRequest(byte[] payload, string routePrefix, string requestId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            return Find(document.RootElement) is { } req ? ToRequest(req, routePrefix, requestId) : null;
        }
    }

    /// <summary>
    /// What the <c>res</c> output binding can carry, logged when it cannot (inside the invocation's log flow). The host
    /// reads only <c>statusCode</c>/<c>status</c>, <c>headers</c> (one value per name, each written as its text) and
    /// <c>body</c> (written as text), so <c>cookies</c> and <c>isRaw</c> are dropped (azure-functions-host,
    /// HttpOutputBindingResponse and HttpScriptInvocationResultExtensions): one Set-Cookie survives, the others are
    /// dropped with warning SLS6211; a base64 body that is UTF-8 text goes as that text, any other binary body cannot
    /// be carried and the route answers a 500 with error SLS6212 rather than corrupted bytes.
    /// </summary>
    public static HttpApiResponse FitOutput(HttpApiResponse response)
    {
        var headerCookie = response.Headers?.FirstOrDefault(h => h.Key.Equals("set-cookie", StringComparison.OrdinalIgnoreCase)).Value;
        var cookies = (headerCookie is null ? 0 : 1) + (response.Cookies?.Count ?? 0);
        if (cookies > 1)
        {
            LambdaLog.Logger.Warning("SLS6211: the response sets {Count} cookies but an Azure app with non-HTTP triggers answers HTTP through the res output binding, which carries one Set-Cookie header; only the first was sent (docs/azure.md, Mixed apps)", cookies);
        }

        if (!response.IsBase64Encoded || response.Body is null)
        {
            return response;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(response.Body);
        }
        catch (FormatException)
        {
            LambdaLog.Logger.Error("SLS6212: the response body is marked base64 but is not valid base64");
            return InternalError();
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return new HttpApiResponse { StatusCode = response.StatusCode, Headers = response.Headers, Cookies = response.Cookies, Body = text };
        }
        catch (DecoderFallbackException)
        {
            LambdaLog.Logger.Error("SLS6212: the response has a binary body of {Length} bytes, which the res output binding of an Azure app with non-HTTP triggers cannot carry (it writes the body as text); answered 500 instead (docs/azure.md, Mixed apps)", bytes.Length);
            return InternalError();
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static HttpApiResponse InternalError() => new() { StatusCode = 500, Body = """{"message":"Internal Server Error"}""" };

    /// <summary>The answer the host reads: the response as the <c>res</c> output binding, the invocation's log lines.</summary>
    public static byte[] ToResult(HttpApiResponse response, List<string> logs)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, RuntimeJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("Outputs"u8);
            json.WriteStartObject(ResponseBinding);
            json.WriteNumber("statusCode"u8, response.StatusCode);
            json.WriteStartObject("headers"u8);
            var hasContentType = false;
            var hasCookie = false;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                hasContentType |= name.Equals("content-type", StringComparison.OrdinalIgnoreCase);
                hasCookie |= name.Equals("set-cookie", StringComparison.OrdinalIgnoreCase);
                json.WriteString(name, value);
            }

            if (!hasCookie && response.Cookies is { Count: > 0 } cookies)
            {
                // One value per header name, written as text: a second Set-Cookie cannot travel (FitOutput logs SLS6211).
                json.WriteString("set-cookie"u8, cookies[0]);
            }

            // FitOutput has made a base64 body text or refused it.
            var body = response.Body;
            if (!hasContentType && !string.IsNullOrEmpty(body))
            {
                // API Gateway's default for a body without a declared type, as on the proxied path.
                json.WriteString("content-type"u8, "application/json");
            }

            json.WriteEndObject();
            json.WriteString("body"u8, body ?? string.Empty);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteLogs(json, logs);
            json.WriteNull("ReturnValue"u8);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteLogs(Utf8JsonWriter json, List<string> logs)
    {
        json.WriteStartArray("Logs"u8);
        lock (logs)
        {
            foreach (var line in logs)
            {
                json.WriteStringValue(line);
            }
        }

        json.WriteEndArray();
    }

    private static JsonElement? Find(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (data.TryGetProperty(RequestBinding, out var req) && IsHttp(req))
        {
            return req;
        }

        // Another name for the trigger binding: the one value shaped as an HTTP request.
        foreach (var property in data.EnumerateObject())
        {
            if (IsHttp(property.Value))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool IsHttp(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && Text(value, "Url") is not null && Text(value, "Method") is not null;

    private static HttpApiRequest? ToRequest(JsonElement req, string routePrefix, string requestId)
    {
        if (!Uri.TryCreate(Text(req, "Url"), UriKind.Absolute, out var url))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (req.TryGetProperty("Headers", out var sent) && sent.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in sent.EnumerateObject())
            {
                // The host sends each header as an array of values.
                var value = header.Value.ValueKind == JsonValueKind.Array
                    ? string.Join(header.Name.Equals("cookie", StringComparison.OrdinalIgnoreCase) ? "; " : ",", header.Value.EnumerateArray().Select(ValueText))
                    : ValueText(header.Value);
                headers[header.Name.ToLowerInvariant()] = value;
            }
        }

        var body = req.TryGetProperty("Body", out var b) && b.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined
            ? Encoding.UTF8.GetBytes(ValueText(b))
            : [];
        var raw = new RawHttpRequest(Text(req, "Method")!.ToUpperInvariant(), url.PathAndQuery, headers, body);
        if (HttpApiConversion.ToRequest(raw, routePrefix, requestId) is not { } request)
        {
            return null;
        }

        if (req.TryGetProperty("Params", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
        {
            var path = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var parameter in parameters.EnumerateObject())
            {
                path[parameter.Name] = ValueText(parameter.Value);
            }

            request.PathParameters = path.Count > 0 ? path : null;
        }

        return request;
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    private static string ValueText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
