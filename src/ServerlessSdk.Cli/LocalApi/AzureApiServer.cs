using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ServerlessSdk.Cli.Invocation;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>
/// An Azure project's HTTP functions on 127.0.0.1, as the Functions host serves them: under the route prefix
/// (<c>/api/…</c>), each request handed to the one warm custom handler through the local host (proxied as it is, or
/// as an invocation when host.json does not proxy). A rebuild or a handler that exited starts a fresh handler.
/// </summary>
internal sealed class AzureApiServer : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase) { "Host", "Content-Length", "Transfer-Encoding", "Connection" };

    private readonly Func<AzureSession> _open;
    private readonly Action<string> _log;
    private readonly WebApplication _app;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AzureSession? _session;

    private AzureApiServer(Func<AzureSession> open, Action<string> log, int port)
    {
        _open = open;
        _log = log;
        _app = LoopbackHost.Builder(port).Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The address it listens on, with the port actually bound.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<AzureApiServer> StartAsync(Func<AzureSession> open, Action<string> log, int port, CancellationToken cancellationToken)
    {
        var server = new AzureApiServer(open, log, port);
        server.Address = await LoopbackHost.StartAsync(server._app, cancellationToken).ConfigureAwait(false);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await LoopbackHost.StopAsync(_app).ConfigureAwait(false);
        if (_session is not null)
        {
            await _session.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var session = await CurrentSessionAsync().ConfigureAwait(false);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)).ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var pathAndQuery = context.Request.Path.Value + context.Request.QueryString.Value;
        var (report, logs) = await session.SendHttpAsync(context.Request.Method, pathAndQuery, body.Length == 0 ? null : body, headers, context.RequestAborted).ConfigureAwait(false);
        foreach (var line in session.TakeNewLogs().Select(l => l.Text).Concat(logs))
        {
            _log($"  {line}");
        }

        context.Response.StatusCode = report.StatusCode;
        foreach (var (name, value) in report.Headers.Where(h => !HopByHop.Contains(h.Key)))
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(report.Body, context.RequestAborted).ConfigureAwait(false);
        _log($"{context.Request.Method} {pathAndQuery} {report.StatusCode} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms");
    }

    /// <summary>The warm session, replaced after a rebuild (the watched file changed) or once its handler exited.</summary>
    private async Task<AzureSession> CurrentSessionAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_session is { IsUsable: true } current && current.Stamp == current.CurrentStamp())
            {
                return current;
            }

            if (_session is not null)
            {
                _log("Restarting the custom handler" + (_session.IsUsable ? " (rebuilt)" : " (it exited)"));
                await _session.DisposeAsync().ConfigureAwait(false);
            }

            _session = _open();
            return _session;
        }
        finally
        {
            _gate.Release();
        }
    }
}
