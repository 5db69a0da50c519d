using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// A local stand-in for the Azure Functions host running a custom handler, following learn.microsoft.com "Azure
/// Functions custom handlers": it starts <c>customHandler.description.defaultExecutablePath</c> with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, waits for it to listen, and then either forwards HTTP requests as they are
/// (<c>enableProxyingHttpRequest</c>, under the <c>api/</c> route prefix) or POSTs <c>{ "Data", "Metadata" }</c> to
/// <c>/&lt;functionName&gt;</c> and reads <c>{ "Outputs", "Logs", "ReturnValue" }</c>. Disposing stops the handler.
/// </summary>
public sealed class LocalAzureHost : IAsyncDisposable
{
    /// <summary>How long the handler may take to listen: the emulator's limit (the real host has its own).</summary>
    public static readonly TimeSpan DefaultStartupLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly HttpClient _client;
    private readonly Lock _gate = new();
    private readonly List<LogLine> _logs = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LocalAzureHost(AzureApp app, Process process, int port)
    {
        App = app;
        _process = process;
        Port = port;
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The app being served.</summary>
    public AzureApp App { get; }

    /// <summary>The port the handler was told to listen on.</summary>
    public int Port { get; }

    /// <summary>The handler's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>True once the handler's process has exited.</summary>
    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>The handler's exit code once it exited, else null.</summary>
    public int? ExitCode => HasExited && _process.HasExited ? _process.ExitCode : null;

    /// <summary>Waits up to <paramref name="limit"/> for the handler to exit (a broken connection is often the process dying).</summary>
    public async Task WaitForExitAsync(TimeSpan limit)
    {
        try
        {
            await _exited.Task.WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    /// <summary>From starting the process until it accepted a connection on its port.</summary>
    public TimeSpan TimeToListen { get; private set; }

    /// <summary>From starting the process until the first answer to an invocation or request was read: the cold start.</summary>
    public TimeSpan? TimeToFirstResponse { get; private set; }

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartedAt { get; private set; }

    /// <summary>The handler's stdout and stderr lines so far.</summary>
    public IReadOnlyList<LogLine> Logs
    {
        get
        {
            lock (_gate)
            {
                return [.. _logs];
            }
        }
    }

    /// <summary>
    /// Starts the handler of <paramref name="app"/> with the host's environment (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c>,
    /// <c>FUNCTIONS_WORKER_RUNTIME=custom</c>, <c>AzureWebJobsScriptRoot</c>) plus <paramref name="environment"/>, and
    /// waits until it listens.
    /// </summary>
    /// <exception cref="AzureHostException">It exited first or did not listen within <paramref name="startupLimit"/> (SLS6201).</exception>
    public static async Task<LocalAzureHost> StartAsync(AzureApp app, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? startupLimit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                return await StartOnceAsync(app, port, environment, startupLimit, cancellationToken).ConfigureAwait(false);
            }
            catch (AzureHostException e) when (e.Failure == AzureHostFailure.Exited && attempt < PortAttempts && IsTaken(port))
            {
                // The port was free when picked and taken before the handler bound it (another process, or an
                // outgoing connection's local port): the handler could not listen, which is not its fault.
            }
        }
    }

    private const int PortAttempts = 3;

    private static async Task<LocalAzureHost> StartOnceAsync(AzureApp app, int port, IReadOnlyDictionary<string, string>? environment, TimeSpan? startupLimit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(app.ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = app.WorkingDirectory,
        };
        foreach (var argument in app.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Like the Lambda emulator: nothing from the developer's shell, only what the host sets.
        start.Environment.Clear();
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "custom";
        start.Environment["AzureWebJobsScriptRoot"] = app.Folder;
        start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new LocalAzureHost(app, process, port);
        process.OutputDataReceived += (_, e) => host.OnOutput(e.Data, false);
        process.ErrorDataReceived += (_, e) => host.OnOutput(e.Data, true);
        process.Exited += (_, _) => host._exited.TrySetResult();
        host.StartedAt = Stopwatch.GetTimestamp();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            throw new AzureHostException($"cannot start the custom handler {app.ExecutablePath}: {ex.Message}", AzureHostFailure.LaunchFailed, inner: ex);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitForListenerAsync(startupLimit ?? DefaultStartupLimit, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A handler that never listened must not outlive the attempt.
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return host;
    }

    /// <summary>
    /// Starts <paramref name="command"/> in place of host.json's executable (e.g. <c>dotnet handler.dll</c> for a JIT
    /// build, whose arguments come before host.json's), with the variables the command needs to run
    /// (<see cref="FunctionCommand.HostEnvironment"/>) under <paramref name="environment"/>; otherwise as
    /// <see cref="StartAsync(AzureApp, IReadOnlyDictionary{string, string}?, TimeSpan?, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="AzureHostException">It exited first or did not listen within <paramref name="startupLimit"/> (SLS6201).</exception>
    public static Task<LocalAzureHost> StartAsync(AzureApp app, FunctionCommand? command, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? startupLimit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (command is null)
        {
            return StartAsync(app, environment, startupLimit, cancellationToken);
        }

        var settings = new Dictionary<string, string>(command.HostEnvironment, StringComparer.Ordinal);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return StartAsync(app with { ExecutablePath = command.FileName, Arguments = [.. command.Arguments, .. app.Arguments] }, settings, startupLimit, cancellationToken);
    }

    /// <summary>Sends an HTTP request the way a client of the app would, e.g. <c>GET /api/items/42</c>.</summary>
    public async Task<AzureHttpResponse> SendAsync(HttpMethod method, string pathAndQuery, string? body = null, IReadOnlyDictionary<string, string>? headers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        var started = Stopwatch.GetTimestamp();
        if (App.ProxiesHttp)
        {
            using var request = new HttpRequestMessage(method, pathAndQuery.TrimStart('/'));
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            Answered();
            // Proxied, the host passes the handler's response through: every header value, the bytes as they are.
            var values = response.Headers.Concat(response.Content.Headers).GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(h => h.Value)], StringComparer.OrdinalIgnoreCase);
            return new AzureHttpResponse((int)response.StatusCode, values.ToDictionary(v => v.Key, v => v.Value[0], StringComparer.OrdinalIgnoreCase),
                Encoding.UTF8.GetString(bytes), Stopwatch.GetElapsedTime(started), [])
            {
                HeaderValues = values,
                BodyBytes = bytes,
            };
        }

        if (Route(method.Method, pathAndQuery) is not var (function, parameters))
        {
            return new AzureHttpResponse(404, new Dictionary<string, string>(), string.Empty, Stopwatch.GetElapsedTime(started), []);
        }

        var query = new JsonObject();
        var split = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (split >= 0)
        {
            foreach (var pair in pathAndQuery[(split + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                query[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            }
        }

        var headerObject = new JsonObject();
        foreach (var (header, value) in headers ?? new Dictionary<string, string>())
        {
            headerObject[header] = new JsonArray(value);
        }

        var req = new JsonObject
        {
            ["Url"] = $"http://localhost:{Port}{pathAndQuery}",
            ["Method"] = method.Method,
            ["Query"] = query,
            ["Headers"] = headerObject,
            ["Params"] = parameters,
            ["Body"] = body,
        };
        var result = await InvokeAsync(function.Name, req, new JsonObject(), cancellationToken).ConfigureAwait(false);
        var output = function.HttpOutputName is { } outputName && result.Outputs.TryGetProperty(outputName, out var res) ? res : default;
        return HttpOutput.Read(output, function.Name, Stopwatch.GetElapsedTime(started), result.Logs);
    }

    /// <summary>
    /// Invokes a non-HTTP function the documented way: <c>POST /&lt;functionName&gt;</c> with
    /// <c>{ "Data": { "&lt;bindingName&gt;": data }, "Metadata": metadata }</c>.
    /// </summary>
    /// <exception cref="AzureHostException">The answer is not a 2xx JSON object (SLS6202), or the function is unknown.</exception>
    public async Task<AzureInvocationResult> InvokeAsync(string functionName, JsonNode? data, JsonObject? metadata = null, CancellationToken cancellationToken = default)
    {
        var (function, status, text, duration) = await PostInvocationAsync(functionName, data, metadata, cancellationToken).ConfigureAwait(false);
        if (status is < 200 or > 299)
        {
            throw new AzureHostException($"POST /{function.Name} answered {status}, not the custom handler invocation response: {Truncate(text)}", AzureHostFailure.ErrorStatus, status);
        }

        return ParseInvocation(function, status, text, duration);
    }

    /// <summary>
    /// Sends <paramref name="request"/>: an HTTP request through <see cref="SendAsync(HttpMethod, string, string?, IReadOnlyDictionary{string, string}?, CancellationToken)"/>,
    /// an invocation as <see cref="InvokeAsync"/> does, but a failed invocation (a non-2xx answer, the function threw)
    /// comes back as an answer with its status instead of an exception.
    /// </summary>
    /// <exception cref="AzureHostException">A 2xx answer to an invocation that is not the documented JSON (SLS6202), or an unknown function.</exception>
    public async Task<AzureAnswer> SendAsync(AzureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsHttp)
        {
            var response = await SendAsync(new HttpMethod(request.Method!), request.PathAndQuery!, request.Body,
                request.Body is null ? null : new Dictionary<string, string> { ["Content-Type"] = "application/json" }, cancellationToken).ConfigureAwait(false);
            return new AzureAnswer(response.StatusCode, response.Body, response.Headers, response.Logs, response.Duration, null);
        }

        var (function, status, text, duration) = await PostInvocationAsync(request.Function, request.Data, request.Metadata, cancellationToken).ConfigureAwait(false);
        if (status is < 200 or > 299)
        {
            return new AzureAnswer(status, text, new Dictionary<string, string>(), [], duration, null);
        }

        var result = ParseInvocation(function, status, text, duration);
        return new AzureAnswer(status, result.ReturnValue?.GetRawText() ?? "null", new Dictionary<string, string>(), result.Logs, duration, result);
    }

    private async Task<(AzureFunction Function, int Status, string Text, TimeSpan Duration)> PostInvocationAsync(
        string functionName, JsonNode? data, JsonObject? metadata, CancellationToken cancellationToken)
    {
        var function = App.Find(functionName) ?? throw new AzureHostException($"the app has no function '{functionName}'; it has {string.Join(", ", App.Functions.Select(f => f.Name))}", AzureHostFailure.UnknownFunction);
        var payload = new JsonObject
        {
            ["Data"] = new JsonObject { [function.BindingName] = data?.DeepClone() },
            ["Metadata"] = metadata?.DeepClone() ?? new JsonObject(),
        };
        var started = Stopwatch.GetTimestamp();
        using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, function.Name) { Content = content };
        // The host names each invocation; the handler's context reads it.
        request.Headers.TryAddWithoutValidation("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var duration = Stopwatch.GetElapsedTime(started);
        Answered();
        return (function, (int)response.StatusCode, text, duration);
    }

    private static AzureInvocationResult ParseInvocation(AzureFunction function, int status, string text, TimeSpan duration)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new AzureHostException($"POST /{function.Name} answered {root.ValueKind}, not a JSON object with Outputs, Logs and ReturnValue", AzureHostFailure.ProtocolError, status);
            }

            var outputs = root.TryGetProperty("Outputs", out var o) && o.ValueKind == JsonValueKind.Object ? o.Clone() : JsonDocument.Parse("{}").RootElement.Clone();
            var logs = root.TryGetProperty("Logs", out var l) && l.ValueKind == JsonValueKind.Array ? l.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList() : [];
            JsonElement? value = root.TryGetProperty("ReturnValue", out var r) && r.ValueKind != JsonValueKind.Null ? r.Clone() : null;
            return new AzureInvocationResult(status, outputs, logs, value, duration);
        }
        catch (JsonException ex)
        {
            throw new AzureHostException($"POST /{function.Name} answered something that is not JSON: {Truncate(text)}", AzureHostFailure.ProtocolError, status, ex);
        }
    }

    /// <summary>The documented timer payload (<c>Schedule</c>, <c>ScheduleStatus</c>, <c>IsPastDue</c>) for a timer function, at <paramref name="now"/>.</summary>
    public static JsonObject TimerData(DateTimeOffset now) => new()
    {
        ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
        ["ScheduleStatus"] = new JsonObject { ["Last"] = now.AddMinutes(-5).ToString("O"), ["Next"] = now.AddMinutes(5).ToString("O"), ["LastUpdated"] = now.ToString("O") },
        ["IsPastDue"] = false,
    };

    /// <summary>The peak resident set size of the handler (<c>VmHWM</c>), in bytes; null once it exited or off Linux.</summary>
    public long? ReadPeakRssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
        }

        return null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
        }

        _process.Dispose();
    }

    private (AzureFunction Function, JsonObject Parameters)? Route(string method, string pathAndQuery)
    {
        var path = pathAndQuery.Split('?', 2)[0].Trim('/');
        var prefix = App.RoutePrefix.Length == 0 ? string.Empty : App.RoutePrefix + "/";
        if (prefix.Length > 0 && !path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !string.Equals(path, App.RoutePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var segments = path.Length <= prefix.Length ? [] : path[prefix.Length..].Split('/');
        foreach (var function in App.Functions.Where(f => f.IsHttp))
        {
            var methods = function.Trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!).ToList() : null;
            if (methods is not null && !methods.Any(x => string.Equals(x, method, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var template = (function.Setting("route") ?? function.Name).Trim('/').Split('/');
            var parameters = new JsonObject();
            if (Matches(template, segments, parameters))
            {
                return (function, parameters);
            }
        }

        return null;
    }

    private static bool Matches(string[] template, string[] segments, JsonObject parameters)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var part = template[i];
            if (part.StartsWith("{*", StringComparison.Ordinal))
            {
                parameters[part[2..^1]] = string.Join('/', segments.Skip(i).Select(Uri.UnescapeDataString));
                return true;
            }

            if (i >= segments.Length)
            {
                return false;
            }

            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                parameters[part[1..^1].Split(':')[0]] = Uri.UnescapeDataString(segments[i]);
            }
            else if (!string.Equals(part, segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return template.Length == segments.Length;
    }

    private async Task WaitForListenerAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        while (true)
        {
            if (_exited.Task.IsCompleted)
            {
                await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                throw new AzureHostException($"the custom handler exited with code {_process.ExitCode} before listening on FUNCTIONS_CUSTOMHANDLER_PORT; its output: {Truncate(string.Join('\n', Logs.Select(l => l.Text)))}", AzureHostFailure.Exited) { ExitCode = _process.ExitCode };
            }

            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, Port, deadline.Token).ConfigureAwait(false);
                TimeToListen = Stopwatch.GetElapsedTime(StartedAt);
                return;
            }
            catch (SocketException)
            {
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AzureHostException($"the custom handler did not listen on FUNCTIONS_CUSTOMHANDLER_PORT ({Port}) within {limit.TotalSeconds:0.###} s", AzureHostFailure.NotListening);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(2), deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AzureHostException($"the custom handler did not listen on FUNCTIONS_CUSTOMHANDLER_PORT ({Port}) within {limit.TotalSeconds:0.###} s", AzureHostFailure.NotListening);
            }
        }
    }

    private void Answered()
    {
        lock (_gate)
        {
            TimeToFirstResponse ??= Stopwatch.GetElapsedTime(StartedAt);
        }
    }

    private void OnOutput(string? line, bool isStandardError)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _logs.Add(new LogLine(line, isStandardError, Stopwatch.GetTimestamp()));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsTaken(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}

/// <summary>What went wrong between the local host and the custom handler.</summary>
public enum AzureHostFailure
{
    /// <summary>The executable could not be started.</summary>
    LaunchFailed,

    /// <summary>It exited before listening on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> (SLS6201).</summary>
    Exited,

    /// <summary>It did not listen within the start-up limit (SLS6201).</summary>
    NotListening,

    /// <summary>An invocation was answered with a non-2xx status: the function failed (the host fails the invocation).</summary>
    ErrorStatus,

    /// <summary>An invocation was answered with something that is not the documented response JSON (SLS6202).</summary>
    ProtocolError,

    /// <summary>The app has no function by that name.</summary>
    UnknownFunction,

    /// <summary>A trigger's connection setting is missing.</summary>
    MissingSetting,

    /// <summary>A timer's <c>schedule</c> is not a six-field NCRONTAB expression (SLS6210).</summary>
    InvalidSchedule,
}

/// <summary>The custom handler did not start, listen or answer as documented (SLS6201, SLS6202).</summary>
public sealed class AzureHostException(string message, AzureHostFailure failure, int? statusCode = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What went wrong.</summary>
    public AzureHostFailure Failure { get; } = failure;

    /// <summary>The handler's HTTP status, when it answered.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>The handler's exit code, when it exited.</summary>
    public int? ExitCode { get; init; }
}
