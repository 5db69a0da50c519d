using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Functions.Routing;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>A request matched to a function's route.</summary>
/// <param name="Function">The function that owns the route.</param>
/// <param name="RouteKey">API Gateway's route key, e.g. <c>GET /items/{id}</c> or <c>$default</c>.</param>
/// <param name="PathParameters">The values of the route's <c>{name}</c> and <c>{name+}</c> segments, decoded; null when it has none.</param>
internal sealed record RouteMatch(LocalFunction Function, string RouteKey, IReadOnlyDictionary<string, string>? PathParameters);

/// <summary>
/// Routes requests the way an API Gateway HTTP API does: the most specific route wins (a literal segment beats
/// <c>{param}</c>, which beats a greedy <c>{proxy+}</c>; a method beats <c>ANY</c>); a greedy segment matches one
/// or more trailing segments; no match is a 404, or a 405 when the path is a route's with another method. A project without a manifest gets one <c>$default</c> route.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes;
    private readonly LocalFunction? _default;

    private RouteTable(List<Route> routes, LocalFunction? defaultFunction)
    {
        _routes = routes;
        _default = defaultFunction;
    }

    /// <summary>The route keys served, for the start-up listing.</summary>
    public IEnumerable<(string RouteKey, LocalFunction Function)> Routes =>
        _default is { } fallback ? [("$default", fallback)] : _routes.Select(r => (r.Key, r.Function));

    public static RouteTable For(FunctionCatalog catalog) => catalog.Manifest is null
        ? new RouteTable([], catalog.Functions[0])
        : new RouteTable([.. catalog.Functions.SelectMany(f => f.Routes.Select(r => new Route(f, r)))], null);

    public RouteMatch? Match(string method, string path)
    {
        if (_default is { } fallback)
        {
            return new RouteMatch(fallback, "$default", null);
        }

        Route? best = null;
        Dictionary<string, string>? bestParameters = null;
        foreach (var route in _routes)
        {
            if (!route.Accepts(method) || !route.Template.TryMatch(path, out var parameters))
            {
                continue;
            }

            if (best is null || route.CompareSpecificity(best) > 0)
            {
                (best, bestParameters) = (route, parameters);
            }
        }

        return best is null ? null : new RouteMatch(best.Function, best.Key, bestParameters!.Count == 0 ? null : bestParameters);
    }

    /// <summary>
    /// The methods of the routes whose path matches <paramref name="path"/>, sorted: when <see cref="Match"/> found
    /// none for the request's method, a non-empty list is a 405 with this <c>allow</c> header, as the generated
    /// HttpApiRouter answers; empty is a 404.
    /// </summary>
    public IReadOnlyList<string> AllowedMethods(string path) =>
        [.. _routes.Where(r => r.Template.TryMatch(path, out _)).Select(r => r.Method).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>A function's route: matching and ranking are the generated router's own (ServerlessSdk.Functions).</summary>
    private sealed class Route(LocalFunction function, HttpRouteTrigger trigger)
    {
        public RouteTemplate Template { get; } = RouteTemplate.Parse(trigger.Path);

        public LocalFunction Function => function;

        public string Key => trigger.RouteKey;

        public string Method => trigger.Method.ToUpperInvariant();

        private bool IsAnyMethod => trigger.Method.Equals("ANY", StringComparison.OrdinalIgnoreCase);

        public bool Accepts(string method) => IsAnyMethod || trigger.Method.Equals(method, StringComparison.OrdinalIgnoreCase);

        /// <summary>The path decides first; on equal paths a named method beats ANY.</summary>
        public int CompareSpecificity(Route other)
        {
            var byPath = Template.CompareSpecificity(other.Template);
            return byPath != 0 ? byPath : (IsAnyMethod ? 0 : 1).CompareTo(other.IsAnyMethod ? 0 : 1);
        }
    }
}
