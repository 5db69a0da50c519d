using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Cli.Tests.LocalApi;

/// <summary>Manifests for routing tests: functions with only HTTP routes.</summary>
internal static class Routes
{
    public static FunctionCatalog Catalog(params (string Function, string RouteKey)[] routes) => FunctionCatalog.From(
        new ServiceManifest("svc", [.. routes.GroupBy(r => r.Function).Select(g => Function(g.Key, [.. g.Select(r => r.RouteKey)]))]),
        "Project");

    public static FunctionDeclaration Function(string name, params string[] routeKeys) => new(
        name, "Handler", null, null, null, null, null, null, false, new Dictionary<string, string>(), [],
        [.. routeKeys.Select(key => key.Split(' ')).Select(parts => new HttpRouteTrigger(parts[0], parts[1], HttpAuth.None, []))]);
}
