using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>
/// Kestrel on 127.0.0.1 in front of warm functions: each request becomes an HTTP API event for the function whose
/// route matches, and its answer goes back as HTTP. Every request is logged with its status and duration.
/// </summary>
internal sealed class LocalApiServer : IAsyncDisposable
{
    private readonly RouteTable _routes;
    private readonly IReadOnlyDictionary<string, WarmFunction> _functions;
    private readonly Action<string> _log;
    private readonly WebApplication _app;

    /// <summary>API Gateway HTTP API's limit on a request body: 10 MB.</summary>
    private const int MaxRequestBodyBytes = 10 * 1000 * 1000;

    private LocalApiServer(RouteTable routes, IReadOnlyDictionary<string, WarmFunction> functions, Action<string> log, int port)
    {
        _routes = routes;
        _functions = functions;
        _log = log;
        // API Gateway HTTP API's request limit; the event must then fit Lambda's 6 MiB, checked once it is mapped.
        var builder = LoopbackHost.Builder(port, options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Logging.AddProvider(new KestrelRequestLog(log));
        builder.Logging.AddFilter(KestrelRequestLog.BadRequestCategory, LogLevel.Debug);
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The address it listens on, with the port actually bound.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<LocalApiServer> StartAsync(RouteTable routes, IReadOnlyDictionary<string, WarmFunction> functions, Action<string> log, int port, CancellationToken cancellationToken)
    {
        var server = new LocalApiServer(routes, functions, log, port);
        server.Address = await LoopbackHost.StartAsync(server._app, cancellationToken).ConfigureAwait(false);
        return server;
    }

    public async ValueTask DisposeAsync() => await LoopbackHost.StopAsync(_app).ConfigureAwait(false);

    private async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var (response, target) = await AnswerAsync(context).ConfigureAwait(false);
        if (response is null)
        {
            _log($"{context.Request.Method} {RawPath(context)} aborted by the client after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms ({target})");
            return;
        }

        if (ResponseCheck.Problem(response) is { } problem)
        {
            // API Gateway's answer to a response it cannot send; the log says what was wrong with it.
            response = GatewayResponses.InternalServerError;
            target += ", invalid response: " + problem;
        }

        try
        {
            await WriteAsync(context, response).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex) when (!context.Response.HasStarted)
        {
            // Something Kestrel refuses that the check above does not know (e.g. a non-ASCII header value).
            context.Response.Clear();
            response = GatewayResponses.InternalServerError;
            target += ", invalid response: " + ex.Message;
            await WriteAsync(context, response).ConfigureAwait(false);
        }

        var query = context.Request.QueryString.Value ?? "";
        _log($"{context.Request.Method} {RawPath(context)}{query} {response.StatusCode} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms ({target})");
    }

    /// <summary>The response for the request and what the log says about it; a null response when the client went away.</summary>
    private async Task<(LocalHttpResponse? Response, string Target)> AnswerAsync(HttpContext context)
    {
        LocalHttpRequest request;
        try
        {
            request = await ReadAsync(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (GatewayResponses.PayloadTooLarge, string.Create(CultureInfo.InvariantCulture, $"request body over API Gateway's {MaxRequestBodyBytes:N0}-byte limit"));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return (null, "while sending the body");
        }

        var match = _routes.Match(request.Method, request.RawPath);
        if (match is null)
        {
            var allowed = _routes.AllowedMethods(request.RawPath);
            return allowed.Count > 0 ? (GatewayResponses.MethodNotAllowed(allowed), "method not allowed") : (GatewayResponses.NotFound, "no route");
        }

        var target = match.Function.Name;
        var @event = HttpApiEventMapper.ToEvent(request, match, DateTimeOffset.UtcNow, Guid.NewGuid().ToString());
        if (@event.Length > EmulatorOptions.MaxPayloadBytes)
        {
            // Lambda refuses such an invocation and API Gateway answers 413: fail here as it would there.
            return (GatewayResponses.PayloadTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"{target}, event of {@event.Length:N0} bytes over Lambda's {EmulatorOptions.MaxPayloadBytes:N0}-byte payload limit"));
        }

        try
        {
            var outcome = await _functions[match.Function.Name].InvokeAsync(@event, context.RequestAborted).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                return (GatewayResponses.InternalServerError, $"{target}, {outcome.ErrorType ?? outcome.Status.ToString()}: {ErrorMessage(outcome.Body)}");
            }

            return (HttpApiEventMapper.FromResponse(outcome.Body), outcome.Cold ? target + ", cold start" : target);
        }
        catch (ToolException ex)
        {
            // E.g. the assembly is gone halfway through a rebuild: this request fails, the server goes on.
            return (GatewayResponses.InternalServerError, $"{target}, {ex.Diagnostic}");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return (null, $"{target}, which finishes the invocation before it takes the next");
        }
    }

    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        return queryStart < 0 ? target : target[..queryStart];
    }

    /// <summary>The error document's message alone: the stack trace is in the function's own log lines.</summary>
    private static string ErrorMessage(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("errorMessage", out var message) ? message.ToString() : document.RootElement.GetRawText();
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetString(body);
        }
    }

    private static async Task<LocalHttpRequest> ReadAsync(HttpContext context)
    {
        var http = context.Request;
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in http.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value ?? ""));
            }
        }

        return new LocalHttpRequest(
            http.Method.ToUpperInvariant(),
            RawPath(context),
            http.QueryString.HasValue ? http.QueryString.Value![1..] : "",
            headers,
            body.ToArray(),
            context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            http.Protocol);
    }

    private static async Task WriteAsync(HttpContext context, LocalHttpResponse response)
    {
        var http = context.Response;
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            if (!name.Equals("content-length", StringComparison.OrdinalIgnoreCase) && !name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase))
            {
                http.Headers[name] = value;
            }
        }

        foreach (var cookie in response.Cookies)
        {
            http.Headers.Append("Set-Cookie", cookie);
        }

        if (response.StatusCode is 204 or 304 or < 200)
        {
            // These carry no body, and Kestrel throws on a Content-Length or a write for them: that was a 204 that
            // reached the client but never the request log.
            return;
        }

        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
