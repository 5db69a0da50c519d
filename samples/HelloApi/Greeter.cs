using System.Diagnostics;
using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

namespace HelloApi;

/// <summary>
/// GET /hello?name=Ada&amp;lang=fr or GET /hello/Ada?lang=fr → <c>{"message":"Bonjour, Ada!"}</c>. Both routes are one
/// function (one cold start); the generated router answers other paths 404 and other methods 405, as API Gateway does.
/// </summary>
[LambdaFunction(Name = "Hello", MemorySize = 256, Timeout = 10)]
[EnvironmentVariable("GREETING_STYLE", "friendly")]
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

    [HttpApi(LambdaHttpMethod.Get, "/hello")]
    public static HttpApiResponse Hello(HttpApiRequest request, ILambdaContext context) =>
        Greet(request, Query(request, "name") ?? "world", context);

    [HttpApi(LambdaHttpMethod.Get, "/hello/{name}")]
    public static HttpApiResponse HelloByName(HttpApiRequest request, string name, ILambdaContext context) =>
        Greet(request, name, context);

    private static HttpApiResponse Greet(HttpApiRequest request, string name, ILambdaContext context)
    {
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
