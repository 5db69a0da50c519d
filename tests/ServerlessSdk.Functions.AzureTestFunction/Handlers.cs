using System.Globalization;
using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace AzureTestFunction;

/// <summary>The same [HttpApi] handlers an AWS project would declare; the tests read what they echo.</summary>
public sealed class Items
{
    [HttpApi(LambdaHttpMethod.Get, "/items")]
    public static HttpApiResponse List(HttpApiRequest request, ILambdaContext context)
    {
        context.Logger.Information("Listing items for {Caller}", request.GetHeader("x-caller") ?? "anonymous");
        var limit = request.QueryStringParameters is { } query && query.TryGetValue("limit", out var value) ? value : "all";
        return HttpApiResponse.Json(200, $$"""{"function":"{{context.FunctionName}}","invocation":"{{context.RequestId}}","trace":"{{context.TraceId}}","limit":"{{limit}}","path":"{{request.RawPath}}"}""");
    }

    [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
    public HttpApiResponse Get(int id) => HttpApiResponse.Json(200, $$"""{"id":{{id.ToString(CultureInfo.InvariantCulture)}}}""");

    [HttpApi(LambdaHttpMethod.Post, "/items")]
    public static HttpApiResponse Create(HttpApiRequest request)
    {
        var response = HttpApiResponse.Text(201, request.Body ?? string.Empty);
        response.Cookies = ["session=abc; Path=/"];
        return response;
    }

    [HttpApi(LambdaHttpMethod.Get, "/cookies")]
    public static HttpApiResponse Cookies()
    {
        var response = HttpApiResponse.Text(200, "two cookies");
        response.Cookies = ["first=1; Path=/", "second=2; Path=/"];
        return response;
    }

    /// <summary>A PNG signature: bytes that are not UTF-8 text.</summary>
    [HttpApi(LambdaHttpMethod.Get, "/image")]
    public static HttpApiResponse Image() => Base64Body([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png");

    [HttpApi(LambdaHttpMethod.Get, "/greeting")]
    public static HttpApiResponse Greeting() => Base64Body(System.Text.Encoding.UTF8.GetBytes("héllo"), "text/plain; charset=utf-8");

    private static HttpApiResponse Base64Body(byte[] bytes, string contentType) => new()
    {
        StatusCode = 200,
        Headers = new Dictionary<string, string> { ["content-type"] = contentType },
        Body = Convert.ToBase64String(bytes),
        IsBase64Encoded = true,
    };

    [HttpApi(LambdaHttpMethod.Get, "/slow")]
    public static async Task<HttpApiResponse> Slow(ILambdaContext context)
    {
        await Task.Delay(1500).ConfigureAwait(false);
        return HttpApiResponse.Text(200, "finished");
    }

    [HttpApi(LambdaHttpMethod.Get, "/fail")]
    public static HttpApiResponse Fail() => throw new InvalidOperationException("failed on purpose");
}

/// <summary>Non-HTTP triggers: the host POSTs their invocations to /&lt;FunctionName&gt;.</summary>
public static class Workers
{
    [StorageQueueTrigger("orders")]
    public static void ProcessOrder(StorageQueueMessage message, ILambdaContext context)
    {
        if (message.Body.Contains("poison", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("poison message");
        }

        context.Logger.Information("Processed order {Body} (dequeue {DequeueCount}, id {Id})", message.Body, message.DequeueCount, message.Id);
    }

    [Schedule("rate(5 minutes)")]
    public static Task Cleanup(ScheduledEvent tick, ILambdaContext context)
    {
        context.Logger.Information("Cleanup at {Time} from {Source}", tick.Time.ToString("O", CultureInfo.InvariantCulture), tick.Source);
        return Task.CompletedTask;
    }

    [EventGridTrigger]
    public static void OnEvent(EventGridEvent e, ILambdaContext context) =>
        context.Logger.Information("Event {EventType} on {Subject} with {Data}", e.EventType, e.Subject, e.Data.ValueKind == System.Text.Json.JsonValueKind.Undefined ? string.Empty : e.Data.GetRawText());

    [Schedule("cron(0 12 * * ? *)")]
    public static void Noon(TimerInfo timer, ILambdaContext context) =>
        context.Logger.Information("Noon tick, past due {PastDue}", timer.IsPastDue);
}
