using ServerlessSdk.Cli.Functions;
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
/// or more trailing segments; no match is a 404. A project without a manifest gets one <c>$default</c> route.
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
        var segments = Split(path);
        if (_default is { } fallback)
        {
            return new RouteMatch(fallback, "$default", null);
        }

        Route? best = null;
        int[]? bestRank = null;
        Dictionary<string, string>? bestParameters = null;
        foreach (var route in _routes)
        {
            if (!route.Accepts(method) || route.TryMatch(segments) is not { } parameters)
            {
                continue;
            }

            var rank = route.Rank;
            if (bestRank is null || Compare(rank, bestRank) > 0)
            {
                (best, bestRank, bestParameters) = (route, rank, parameters);
            }
        }

        return best is null ? null : new RouteMatch(best.Function, best.Key, bestParameters!.Count == 0 ? null : bestParameters);
    }

    private static int Compare(int[] left, int[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private sealed class Route(LocalFunction function, HttpRouteTrigger trigger)
    {
        private readonly string[] _segments = Split(trigger.Path);

        public LocalFunction Function => function;

        public string Key => trigger.RouteKey;

        private bool IsAnyMethod => trigger.Method.Equals("ANY", StringComparison.OrdinalIgnoreCase);

        /// <summary>Per segment 3 literal, 2 parameter, 1 greedy; then 1 for a method over ANY. Higher is more specific.</summary>
        public int[] Rank => [.. _segments.Select(s => IsGreedy(s) ? 1 : IsParameter(s) ? 2 : 3), IsAnyMethod ? 0 : 1];

        public bool Accepts(string method) => IsAnyMethod || trigger.Method.Equals(method, StringComparison.OrdinalIgnoreCase);

        public Dictionary<string, string>? TryMatch(string[] path)
        {
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < _segments.Length; i++)
            {
                var segment = _segments[i];
                if (IsGreedy(segment))
                {
                    if (i >= path.Length)
                    {
                        return null; // a greedy variable needs at least one segment, as on API Gateway
                    }

                    parameters[segment[1..^2]] = Uri.UnescapeDataString(string.Join('/', path[i..]));
                    return parameters;
                }

                if (i >= path.Length)
                {
                    return null;
                }

                if (IsParameter(segment))
                {
                    parameters[segment[1..^1]] = Uri.UnescapeDataString(path[i]);
                }
                else if (!string.Equals(segment, path[i], StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return path.Length == _segments.Length ? parameters : null;
        }

        private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

        private static bool IsGreedy(string segment) => IsParameter(segment) && segment[^2] == '+';
    }
}
