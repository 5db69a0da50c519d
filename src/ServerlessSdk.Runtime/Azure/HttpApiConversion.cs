using System.Globalization;
using System.Text;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// A proxied request as the <see cref="HttpApiRequest"/> an [HttpApi] handler takes on AWS, and its
/// <see cref="HttpApiResponse"/> back, so one handler serves both clouds. The route key is <c>$default</c>: the
/// generated router matches the path (the route prefix removed), as it does behind API Gateway's default route.
/// </summary>
internal static class HttpApiConversion
{
    /// <summary>The request, or null when its path is outside the route prefix (no HTTP function can have it).</summary>
    public static HttpApiRequest? ToRequest(RawHttpRequest raw, string routePrefix, string requestId)
    {
        if (WithoutPrefix(raw.Path, routePrefix) is not { } path)
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        List<string>? cookies = null;
        foreach (var (name, value) in raw.Headers)
        {
            if (name == "cookie")
            {
                cookies = [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }

            headers[name] = value;
        }

        var (body, base64) = Body(raw);
        var now = DateTimeOffset.UtcNow;
        return new HttpApiRequest
        {
            Version = "2.0",
            RouteKey = "$default",
            RawPath = path,
            RawQueryString = raw.Query,
            Headers = headers,
            Cookies = cookies,
            QueryStringParameters = Query(raw.Query),
            Body = body,
            IsBase64Encoded = base64,
            RequestContext = new HttpApiRequestContext
            {
                DomainName = raw.Header("host") ?? string.Empty,
                RequestId = requestId,
                RouteKey = "$default",
                Stage = "$default",
                Time = now.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                TimeEpoch = now.ToUnixTimeMilliseconds(),
                Http = new HttpApiHttpDescription
                {
                    Method = raw.Method,
                    Path = path,
                    Protocol = "HTTP/1.1",
                    SourceIp = FirstForwarded(raw.Header("x-forwarded-for")),
                    UserAgent = raw.Header("user-agent"),
                },
            },
        };
    }

    public static RawHttpResponse ToRaw(HttpApiResponse response)
    {
        var body = response.Body is null ? [] : response.IsBase64Encoded ? Convert.FromBase64String(response.Body) : Encoding.UTF8.GetBytes(response.Body);
        var raw = new RawHttpResponse(response.StatusCode, body);
        var hasContentType = false;
        if (response.Headers is not null)
        {
            foreach (var (name, value) in response.Headers)
            {
                hasContentType |= name.Equals("content-type", StringComparison.OrdinalIgnoreCase);
                raw.With(name, value);
            }
        }

        foreach (var cookie in response.Cookies ?? [])
        {
            raw.With("set-cookie", cookie);
        }

        // API Gateway's default for a body without a declared type.
        return hasContentType || body.Length == 0 ? raw : raw.With("content-type", "application/json");
    }

    private static string? WithoutPrefix(string path, string prefix)
    {
        var trimmed = prefix.Trim('/');
        if (trimmed.Length == 0)
        {
            return path;
        }

        var start = "/" + trimmed;
        if (path.Equals(start, StringComparison.OrdinalIgnoreCase))
        {
            return "/";
        }

        return path.StartsWith(start + "/", StringComparison.OrdinalIgnoreCase) ? path[start.Length..] : null;
    }

    private static (string? Body, bool Base64) Body(RawHttpRequest raw)
    {
        if (raw.Body.Length == 0)
        {
            return (null, false);
        }

        var type = raw.Header("content-type") ?? string.Empty;
        var text = type.Length == 0 || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase)
            || type.Contains("javascript", StringComparison.OrdinalIgnoreCase) || type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        return text ? (Encoding.UTF8.GetString(raw.Body), false) : (Convert.ToBase64String(raw.Body), true);
    }

    private static Dictionary<string, string>? Query(string query)
    {
        if (query.Length == 0)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            parameters[name] = parameters.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        return parameters;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    private static string FirstForwarded(string? forwarded) =>
        forwarded is null ? "127.0.0.1" : forwarded.Split(',')[0].Trim();
}
