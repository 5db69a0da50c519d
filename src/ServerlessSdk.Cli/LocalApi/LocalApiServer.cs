using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerlessSdk.Cli.Functions;
using ServerlessSdk.Cli.Output;

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

    private LocalApiServer(RouteTable routes, IReadOnlyDictionary<string, WarmFunction> functions, Action<string> log, int port)
    {
        _routes = routes;
        _functions = functions;
        _log = log;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();

        // The tool owns Ctrl+C and SIGTERM (the command's cancellation token); the host's console lifetime would swallow them.
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.Limits.MaxRequestBodySize = 10 * 1024 * 1024; // API Gateway's payload limit
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The address it listens on, with the port actually bound.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<LocalApiServer> StartAsync(RouteTable routes, IReadOnlyDictionary<string, WarmFunction> functions, Action<string> log, int port, CancellationToken cancellationToken)
    {
        var server = new LocalApiServer(routes, functions, log, port);
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = await ReadAsync(context).ConfigureAwait(false);
        var match = _routes.Match(request.Method, request.RawPath);
        LocalHttpResponse response;
        var target = "no route";
        if (match is null)
        {
            var allowed = _routes.AllowedMethods(request.RawPath);
            response = allowed.Count > 0 ? GatewayResponses.MethodNotAllowed(allowed) : GatewayResponses.NotFound;
            target = allowed.Count > 0 ? "method not allowed" : target;
        }
        else
        {
            target = match.Function.Name;
            var requestId = Guid.NewGuid().ToString();
            var @event = HttpApiEventMapper.ToEvent(request, match, DateTimeOffset.UtcNow, requestId);
            try
            {
                var outcome = await _functions[match.Function.Name].InvokeAsync(@event, context.RequestAborted).ConfigureAwait(false);
                response = outcome.Succeeded ? HttpApiEventMapper.FromResponse(outcome.Body) : GatewayResponses.InternalServerError;
                if (!outcome.Succeeded)
                {
                    target += $", {outcome.ErrorType ?? outcome.Status.ToString()}: {ErrorMessage(outcome.Body)}";
                }
                else if (outcome.Cold)
                {
                    target += ", cold start";
                }
            }
            catch (ToolException ex)
            {
                // E.g. the assembly is gone halfway through a rebuild: this request fails, the server goes on.
                response = GatewayResponses.InternalServerError;
                target += ", " + ex.Diagnostic;
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                _log($"{request.Method} {request.RawPath} aborted by the client after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms ({target})");
                return;
            }
        }

        await WriteAsync(context, response).ConfigureAwait(false);
        var query = request.RawQueryString.Length > 0 ? "?" + request.RawQueryString : "";
        _log($"{request.Method} {request.RawPath}{query} {response.StatusCode} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms ({target})");
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

        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Path.ToUriComponent();
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? target : target[..queryStart];
        return new LocalHttpRequest(
            http.Method.ToUpperInvariant(),
            rawPath,
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

/// <summary>A host lifetime that leaves process signals alone.</summary>
internal sealed class NoSignalLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
