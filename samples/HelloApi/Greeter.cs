using System.Diagnostics;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

namespace HelloApi;

/// <summary>GET /hello?name=Ada&amp;lang=fr → <c>{"message":"Bonjour, Ada!"}</c>.</summary>
public static class Greeter
{
    private const int MaxNameLength = 64;

    private static readonly Dictionary<string, string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Hello",
        ["fr"] = "Bonjour",
        ["de"] = "Hallo",
        ["es"] = "Hola",
    };

    public static ValueTask<HttpApiResponse> HandleAsync(HttpApiRequest request, ILambdaContext context) =>
        ValueTask.FromResult(Handle(request, context));

    private static HttpApiResponse Handle(HttpApiRequest request, ILambdaContext context)
    {
        if (request.RawPath != "/hello")
        {
            return Problem(404, "Not Found", $"No route for {request.RawPath}.");
        }

        if (!string.Equals(request.RequestContext.Http.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(405, "Method Not Allowed", "Only GET is supported.");
        }

        var name = Query(request, "name") ?? "world";
        var language = Query(request, "lang") ?? "en";
        if (name.Length > MaxNameLength)
        {
            return Problem(400, "Bad Request", $"name must be at most {MaxNameLength} characters.");
        }

        if (!Greetings.TryGetValue(language, out var greeting))
        {
            return Problem(400, "Bad Request", $"lang must be one of: {string.Join(", ", Greetings.Keys)}.");
        }

        context.Logger.Information("Greeting {Name} in {Language}", name, language);
        context.Metrics.AddMetric("Greetings", 1, MetricUnit.Count);

        var body = new Greeting($"{greeting}, {name}!", language, Activity.Current?.TraceId.ToHexString());
        return HttpApiResponse.Json(200, body, HelloJsonContext.Default.Greeting);
    }

    private static string? Query(HttpApiRequest request, string key) =>
        request.QueryStringParameters?.TryGetValue(key, out var value) == true ? value : null;

    /// <summary>An RFC 9457 problem document.</summary>
    private static HttpApiResponse Problem(int status, string title, string detail)
    {
        var response = HttpApiResponse.Json(status, new Problem(title, status, detail), HelloJsonContext.Default.Problem);
        response.Headers!["content-type"] = "application/problem+json";
        return response;
    }
}
