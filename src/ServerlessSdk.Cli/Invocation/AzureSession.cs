using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Emulator;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>
/// An Azure project's custom handler under the local Functions host (ServerlessSdk.Emulator.Azure): started with the
/// first request, kept warm for the next, as the host keeps one handler process for every function of the app.
/// Requests may overlap (the handler serves them concurrently, as on Azure).
/// </summary>
internal sealed class AzureSession : IAsyncDisposable
{
    /// <summary>A JIT start on a busy machine needs room; the real host's limit is its own.</summary>
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    /// <summary>host.json's functionTimeout is the app's; locally 30 s unless a function declares more.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly FunctionTarget _target;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly IReadOnlyDictionary<string, string> _settings;
    private LocalAzureHost? _host;
    private AzureHostException? _startFailure;
    private int _logsSeen;

    private AzureSession(FunctionTarget target, AzureApp app, IReadOnlyDictionary<string, string> settings)
    {
        _target = target;
        App = app;
        _settings = settings;
        Stamp = target.Stamp();
    }

    /// <summary>The app folder as host.json and the function.json files describe it.</summary>
    public AzureApp App { get; }

    /// <summary>The stamp of the watched file when this session was created.</summary>
    public (DateTime, long) Stamp { get; }

    /// <summary>False once the handler has exited: the next request needs a new session.</summary>
    public bool IsUsable => _host?.HasExited != true;

    /// <summary>Every line the handler wrote so far.</summary>
    public IReadOnlyList<LogLine> Logs => _host?.Logs ?? [];

    /// <summary>Reads the project's app folder (SLS6200 when the build has not written it).</summary>
    public static AzureSession Open(FunctionTarget target, IReadOnlyDictionary<string, string>? settings = null) =>
        new(target, LoadApp(target), settings ?? new Dictionary<string, string>());

    /// <summary>The project's app folder as host.json and the function.json files describe it (SLS6200 when the build has not written it).</summary>
    public static AzureApp LoadApp(FunctionTarget target)
    {
        var folder = target.Project.AzureAppFolder ?? Path.Combine(target.Project.ProjectDirectory, "functionapp");
        try
        {
            return AzureApp.Load(folder);
        }
        catch (AzureAppException ex)
        {
            throw ToolException.Error(DiagnosticCodes.AzureAppUnreadable,
                $"The Azure Functions app folder cannot be read ({ex.Message}); build the project (drop --no-build) so host.json and the function.json files are written.", ex.File);
        }
    }

    /// <summary>The Azure function for <paramref name="name"/>: one the app folder has (e.g. Items_2), else the C# function's first trigger.</summary>
    public AzureFunction Resolve(string name) => App.Find(name)
        ?? throw ToolException.Error(DiagnosticCodes.FunctionNotFound, $"The app has no Azure function named '{name}'; it has {string.Join(", ", App.Functions.Select(f => f.Name))}.");

    /// <summary>
    /// The request <c>--event</c> describes: for an HTTP function <c>{ "method", "path", "body" }</c>; otherwise a full
    /// invocation payload <c>{ "Data": { "&lt;binding&gt;": … }, "Metadata": … }</c>, or the trigger's value alone
    /// (a queue message's text, a timer's <c>{ "IsPastDue": … }</c>), sent as <c>Data.&lt;binding&gt;</c>.
    /// </summary>
    public AzureRequest RequestFrom(AzureFunction function, byte[] json, string source)
    {
        var node = JsonNode.Parse(json);
        if (function.IsHttp)
        {
            if (node is not JsonObject http || http["path"]?.GetValueKind() != JsonValueKind.String)
            {
                throw ToolException.Error(DiagnosticCodes.EventUnreadable,
                    $"An HTTP function's event is a request: {{ \"method\": \"GET\", \"path\": \"/{App.RoutePrefix}/…\", \"body\": … }}; this one has no \"path\".", source == "-" ? null : source);
            }

            var body = http["body"] switch
            {
                null => null,
                JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
                var other => other.ToJsonString(),
            };
            return AzureRequest.Http(function.Name, (http["method"]?.GetValue<string>() ?? "GET").ToUpperInvariant(), http["path"]!.GetValue<string>(), body);
        }

        return node is JsonObject payload && payload["Data"] is JsonObject data
            ? AzureRequest.Invocation(function.Name, data[function.BindingName]?.DeepClone(), payload["Metadata"] as JsonObject is { } metadata ? (JsonObject)metadata.DeepClone() : null)
            : AzureRequest.Invocation(function.Name, node);
    }

    /// <summary>Sends <paramref name="request"/>, starting the handler first when it is not running; the report says how it ended.</summary>
    public async Task<(InvocationReport Report, IReadOnlyList<string> InvocationLogs)> SendAsync(AzureRequest request, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (host, cold) = await EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        if (host is null)
        {
            return (Crashed(Stopwatch.GetElapsedTime(started).TotalMilliseconds), []);
        }

        var limit = timeout ?? DefaultTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        double? initMs = cold ? host.TimeToListen.TotalMilliseconds : null;
        try
        {
            var answer = await host.SendAsync(request, deadline.Token).ConfigureAwait(false);
            var total = cold ? (host.TimeToFirstResponse ?? Stopwatch.GetElapsedTime(host.StartedAt)).TotalMilliseconds : Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            // A 5xx is the handler's answer to a function that threw (an invocation fails, a route answers 500).
            var status = answer.Failed ? InvocationStatus.Error : InvocationStatus.Response;
            return (new InvocationReport(status, Encoding.UTF8.GetBytes(answer.Body), answer.Failed ? $"HTTP {answer.StatusCode}" : null, cold, initMs, answer.Duration.TotalMilliseconds, total, null), answer.Logs);
        }
        catch (AzureHostException ex)
        {
            var body = Encoding.UTF8.GetBytes(JsonValue.Create(ex.Message).ToJsonString());
            return (new InvocationReport(InvocationStatus.Error, body, "Azure.ProtocolError", cold, initMs, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null), []);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await host.WaitForExitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            var total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (host.HasExited)
            {
                return (Crashed(total, host.ExitCode), []);
            }

            await host.DisposeAsync().ConfigureAwait(false);
            var seconds = limit.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            var timedOut = Encoding.UTF8.GetBytes($$"""{"errorType":"TimedOut","errorMessage":"No answer after {{seconds}} seconds"}""");
            return (new InvocationReport(InvocationStatus.TimedOut, timedOut, "TimedOut", cold, initMs, null, total, null), []);
        }
    }

    /// <summary>The watched file's stamp now: different from <see cref="Stamp"/> after a rebuild.</summary>
    public (DateTime, long) CurrentStamp() => _target.Stamp();

    /// <summary>
    /// An HTTP request as a client of the app sends it (start-api), answered as the host answers: a handler that does
    /// not start or answer in time is a 502 or 504 with a line saying why.
    /// </summary>
    public async Task<(AzureHttpResult Result, IReadOnlyList<string> Logs)> SendHttpAsync(
        string method, string pathAndQuery, string? body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var (host, _) = await EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        if (host is null)
        {
            return (new AzureHttpResult(502, new Dictionary<string, string>(), _startFailure?.Message ?? "the custom handler did not start"), []);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DefaultTimeout);
        try
        {
            var response = await host.SendAsync(new HttpMethod(method), pathAndQuery, body, headers, deadline.Token).ConfigureAwait(false);
            return (new AzureHttpResult(response.StatusCode, response.Headers, response.Body), response.Logs);
        }
        catch (Exception ex) when (ex is AzureHostException or HttpRequestException)
        {
            return (new AzureHttpResult(502, new Dictionary<string, string>(), ex.Message), []);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new AzureHttpResult(504, new Dictionary<string, string>(), "the custom handler did not answer in time"), []);
        }
    }

    /// <summary>The lines the handler wrote since the last call (start-api prints them as they come).</summary>
    public IReadOnlyList<LogLine> TakeNewLogs()
    {
        var logs = Logs;
        var fresh = logs.Skip(_logsSeen).ToList();
        _logsSeen = logs.Count;
        return fresh;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }

        _starting.Dispose();
    }

    private async Task<(LocalAzureHost? Host, bool Cold)> EnsureStartedAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_host is not null)
            {
                return (_host, false);
            }

            try
            {
                _host = await LocalAzureHost.StartAsync(App, _target.Command(), _settings, StartupLimit, cancellationToken).ConfigureAwait(false);
                return (_host, true);
            }
            catch (AzureHostException ex)
            {
                _startFailure = ex;
                return (null, true);
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    private InvocationReport Crashed(double totalMs, int? exitCode = null)
    {
        var message = _startFailure?.Message ?? $"The custom handler exited with code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} before answering.";
        var body = Encoding.UTF8.GetBytes($$"""{"errorType":"Azure.HandlerExited","errorMessage":{{JsonValue.Create(message).ToJsonString()}}}""");
        return new InvocationReport(InvocationStatus.Crashed, body, "Azure.HandlerExited", true, null, null, totalMs, exitCode ?? _startFailure?.ExitCode);
    }
}

/// <summary>An HTTP answer for start-api.</summary>
internal sealed record AzureHttpResult(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body);
