using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Functions.Routing;

/// <summary>
/// Sends each HTTP API request to the handler of its route; the generated dispatch code fills it. API Gateway's
/// route key is used when it names a mapped route (deployed with explicit routes); otherwise the raw path is matched
/// (a <c>$default</c> route, a local server), answering 404 and 405 as API Gateway would.
/// </summary>
public sealed class HttpApiRouter
{
    private readonly Dictionary<string, Route> _byRouteKey = new(StringComparer.Ordinal);
    private readonly List<Route> _routes = [];

    /// <summary>A route handler: the request, its decoded path parameters, the invocation context.</summary>
    public delegate ValueTask<HttpApiResponse> RouteHandler(HttpApiRequest request, IReadOnlyDictionary<string, string> pathParameters, ILambdaContext context);

    /// <summary>Maps <paramref name="method"/> (or <c>ANY</c>) and <paramref name="path"/> to <paramref name="handler"/>.</summary>
    public HttpApiRouter Map(string method, string path, RouteHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var route = new Route(method.ToUpperInvariant(), RouteTemplate.Parse(path), handler);
        if (!_byRouteKey.TryAdd($"{route.Method} {path}", route))
        {
            throw new ArgumentException($"Route {route.Method} {path} is mapped twice.", nameof(path));
        }

        // Kept most specific first as routes arrive (this runs at init): insert, don't re-sort the whole list.
        var index = _routes.FindIndex(r => route.Template.CompareSpecificity(r.Template) > 0);
        _routes.Insert(index < 0 ? _routes.Count : index, route);
        return this;
    }

    /// <summary>Handles one request.</summary>
    public ValueTask<HttpApiResponse> DispatchAsync(HttpApiRequest request, ILambdaContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_byRouteKey.TryGetValue(request.RouteKey, out var keyed))
        {
            var values = request.PathParameters is { } p
                ? new Dictionary<string, string>(p, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            return keyed.Handler(request, values, context);
        }

        var method = request.RequestContext.Http.Method.ToUpperInvariant();
        var path = PathWithoutStage(request);
        List<string>? allowed = null;
        foreach (var route in _routes)
        {
            if (!route.Template.TryMatch(path, out var values))
            {
                continue;
            }

            if (route.Method == method || route.Method == "ANY")
            {
                return route.Handler(request, values, context);
            }

            (allowed ??= []).Add(route.Method);
        }

        return ValueTask.FromResult(allowed is null ? NotFound() : MethodNotAllowed(allowed));
    }

    /// <summary>API Gateway's answer to a request no route matches.</summary>
    public static HttpApiResponse NotFound() => Message(404, "Not Found");

    /// <summary>A 400 for a path parameter that does not convert to the handler's parameter type.</summary>
    public static HttpApiResponse BadParameter(string name, string expected) =>
        Message(400, $"Path parameter '{name}' must be {expected}.");

    private static HttpApiResponse MethodNotAllowed(List<string> allowed)
    {
        var response = Message(405, "Method Not Allowed");
        response.Headers!["allow"] = string.Join(", ", allowed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return response;
    }

    private static HttpApiResponse Message(int status, string message)
    {
        // Hand-written JSON: the router must not pull a serializer into the binary for one string.
        var escaped = message.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return HttpApiResponse.Json(status, $"{{\"message\":\"{escaped}\"}}");
    }

    /// <summary>On a named stage (not <c>$default</c>) API Gateway's rawPath starts with the stage name.</summary>
    private static string PathWithoutStage(HttpApiRequest request)
    {
        var path = string.IsNullOrEmpty(request.RawPath) ? request.RequestContext.Http.Path : request.RawPath;
        var stage = request.RequestContext.Stage;
        if (stage is { Length: > 0 } && stage != "$default" && path.StartsWith($"/{stage}/", StringComparison.Ordinal))
        {
            return path[(stage.Length + 1)..];
        }

        return path;
    }

    private sealed record Route(string Method, RouteTemplate Template, RouteHandler Handler);
}
