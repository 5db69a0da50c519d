using System.Security.Cryptography;
using System.Text.Json;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace SampleFunction;

internal static class Handlers
{
    /// <summary>GET /items/{id} and /items/special: echoes what API Gateway delivered, sets two cookies; id "boom" throws.</summary>
    public static ValueTask<HttpApiResponse> ItemsAsync(HttpApiRequest request, ILambdaContext context)
    {
        var id = request.PathParameters is { } parameters && parameters.TryGetValue("id", out var value) ? value : "none";
        if (id == "boom")
        {
            throw new InvalidOperationException("boom requested");
        }

        context.Logger.Information("Items handled {Path}", request.RawPath);
        var body = JsonSerializer.Serialize(new ItemReply(
            id,
            request.RouteKey,
            Release.Version,
            Environment.GetEnvironmentVariable("GREETING"),
            request.QueryStringParameters ?? new Dictionary<string, string>(),
            request.Cookies ?? []), SampleJsonContext.Default.ItemReply);
        var response = HttpApiResponse.Json(200, body);
        response.Cookies = ["session=abc; Path=/; HttpOnly", "theme=dark"];
        response.Headers!["x-function"] = "Items";
        return ValueTask.FromResult(response);
    }

    /// <summary>POST /echo returns the body's bytes as binary (no body: 204); GET /files/{proxy+} names the file.</summary>
    public static ValueTask<HttpApiResponse> EchoAsync(HttpApiRequest request, ILambdaContext context)
    {
        if (request.PathParameters is { } parameters && parameters.TryGetValue("proxy", out var file))
        {
            return ValueTask.FromResult(HttpApiResponse.Text(200, "file:" + file));
        }

        if (string.IsNullOrEmpty(request.Body))
        {
            return ValueTask.FromResult(new HttpApiResponse { StatusCode = 204 });
        }

        var response = HttpApiResponse.Binary(201, request.GetBodyBytes(), "application/octet-stream");
        response.Headers!["x-request-base64"] = request.IsBase64Encoded ? "true" : "false";
        return ValueTask.FromResult(response);
    }

    /// <summary>SQS: a message body containing "fail" fails the whole invocation.</summary>
    public static ValueTask<SqsBatchResponse> WorkAsync(SqsEvent batch, ILambdaContext context)
    {
        foreach (var message in batch.Records)
        {
            if (message.Body.Contains("fail", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"message {message.MessageId} asked to fail");
            }

            context.Logger.Information("Worked on {MessageId}", message.MessageId);
        }

        return ValueTask.FromResult(new SqsBatchResponse());
    }

    /// <summary>CPU-bound work for <c>tune</c>: a fixed chain of SHA-256 hashes (~100 ms of one core), so its duration follows the CPU share.</summary>
    public static ValueTask<SqsBatchResponse> CrunchAsync(SqsEvent batch, ILambdaContext context)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> next = stackalloc byte[SHA256.HashSizeInBytes];
        for (var i = 0; i < 200_000; i++)
        {
            SHA256.HashData(digest, next);
            next.CopyTo(digest);
        }

        context.Logger.Information("Crunched {Records} records to {Digest}", batch.Records.Count, Convert.ToHexString(digest[..4]));
        return ValueTask.FromResult(new SqsBatchResponse());
    }
}
