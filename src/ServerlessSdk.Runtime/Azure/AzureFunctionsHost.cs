using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// Serves every function of an app as an Azure Functions custom handler
/// (learn.microsoft.com/azure/azure-functions/functions-custom-handlers): the host starts this process with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set, proxies HTTP requests as they are (<c>enableProxyingHttpRequest</c>) and
/// POSTs every other invocation (HTTP ones too in an app that mixes triggers, where the host does not proxy) to <c>/&lt;FunctionName&gt;</c> as <c>{ "Data", "Metadata" }</c>, expecting
/// <c>{ "Outputs", "Logs", "ReturnValue" }</c>. The generated <c>ServerlessFunctions.RunAsync</c> fills it.
/// </summary>
public sealed class AzureFunctionsHost
{
    /// <summary>The variable the host sets to the port to listen on.</summary>
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    private const string InvocationIdHeader = "x-azure-functions-invocationid";
    private static readonly byte[] NotFound = """{"message":"Not Found"}"""u8.ToArray();
    private static readonly byte[] InternalError = """{"message":"Internal Server Error"}"""u8.ToArray();

    private readonly AzureHostOptions _options;
    private readonly Dictionary<string, Func<AzureInvocation, ILambdaContext, ValueTask>> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private Func<HttpApiRequest, ILambdaContext, ValueTask<HttpApiResponse>>? _http;
    private int _served;

    /// <summary>Creates a host; map the functions, then call <see cref="RunAsync"/>.</summary>
    public AzureFunctionsHost(AzureHostOptions? options = null) => _options = options ?? new AzureHostOptions();

    /// <summary>Serves proxied HTTP requests with <paramref name="dispatch"/> (the generated router: every HTTP function of the app).</summary>
    public AzureFunctionsHost MapHttp(Func<HttpApiRequest, ILambdaContext, ValueTask<HttpApiResponse>> dispatch)
    {
        _http = dispatch ?? throw new ArgumentNullException(nameof(dispatch));
        return this;
    }

    /// <summary>Serves the invocations of <paramref name="functionName"/>: <paramref name="read"/> builds the typed event from the payload.</summary>
    public AzureFunctionsHost MapEvent<TEvent>(string functionName, Func<AzureInvocation, TEvent> read, Func<TEvent, ILambdaContext, ValueTask> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_events.TryAdd(functionName, (invocation, context) => handler(read(invocation), context)))
        {
            throw new ArgumentException($"Function {functionName} is mapped twice.", nameof(functionName));
        }

        return this;
    }

    /// <summary>
    /// Tells the runtime which function a proxied HTTP request reached (the generated route handlers call it): the
    /// context and the request's log lines take its name.
    /// </summary>
    public static void Begin(ILambdaContext context, string functionName)
    {
        if (context is AzureContext azure)
        {
            azure.Rename(functionName);
        }
    }

    /// <summary>Listens until SIGTERM; returns the exit code (0 after a graceful stop, 1 when startup failed, 2 without a port).</summary>
    public async Task<int> RunAsync()
    {
        LambdaLog.Invocation.AzureProcess = true;
        var configured = Environment.GetEnvironmentVariable(PortVariable);
        if (!int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 0 or > 65535)
        {
            LambdaLog.Logger.Fatal("{Variable} is {Value}: the Azure Functions host sets it to the port this custom handler must listen on", PortVariable, configured ?? "not set");
            LambdaLog.Flush();
            return 2;
        }

        if (!await StartupAsync().ConfigureAwait(false))
        {
            return 1;
        }

        MinimalHttpServer server;
        try
        {
            server = new MinimalHttpServer(port, HandleAsync);
        }
        catch (SocketException ex)
        {
            LambdaLog.Logger.Fatal(ex, "Cannot listen on port {Port}: {Reason}", port, ex.Message);
            LambdaLog.Flush();
            return 2;
        }

        using (server)
        {
            var terminated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                terminated.TrySetResult();
            }

            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            var serving = server.ServeAsync();
            await terminated.Task.ConfigureAwait(false);

            server.StopAccepting();
            var waited = Stopwatch.StartNew();
            while (server.Active > 0 && waited.Elapsed < _options.ShutdownGracePeriod)
            {
                await Task.Delay(10).ConfigureAwait(false);
            }

            var abandoned = server.Active;
            await _stopping.CancelAsync().ConfigureAwait(false);
            await serving.ConfigureAwait(false);
            LambdaLog.Logger.Information("Shutdown signal received: stopped after {Served} requests ({Abandoned} still in flight)", Volatile.Read(ref _served), abandoned);
            LambdaLog.Flush();
            return 0;
        }
    }

    private async Task<bool> StartupAsync()
    {
        if (_options.Startup is null)
        {
            return true;
        }

        try
        {
            await _options.Startup().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex)
        {
            LambdaLog.Logger.Fatal(ex, "Function initialisation failed: {ErrorType}", ex.GetType().FullName);
            LambdaLog.Flush();
            return false;
        }
    }

    private ValueTask<RawHttpResponse> HandleAsync(RawHttpRequest request)
    {
        var coldStart = Interlocked.Increment(ref _served) == 1;
        var invocationId = request.Header(InvocationIdHeader) is { Length: > 0 } id ? id : Guid.NewGuid().ToString();
        var traceParent = request.Header("traceparent");
        var path = request.Path;
        if (request.Method == "POST" && path.Length > 1 && path.IndexOf('/', 1) < 0 && FindFunction(path[1..]) is { } function)
        {
            return InvokeAsync(path[1..], function, request, invocationId, traceParent, coldStart);
        }

        if (_http is not null && request.Method == "POST" && path.Length > 1 && path.IndexOf('/', 1) < 0
            && HttpInvocation.ToRequest(request.Body, _options.RoutePrefix, invocationId) is { } invoked)
        {
            return InvokeHttpAsync(path[1..], _http, invoked, invocationId, traceParent, coldStart);
        }

        if (_http is not null && HttpApiConversion.ToRequest(request, _options.RoutePrefix, invocationId) is { } proxied)
        {
            return ProxyAsync(_http, proxied, invocationId, traceParent, coldStart);
        }

        return ValueTask.FromResult(RawHttpResponse.Json(404, NotFound));
    }

    /// <summary>
    /// The function named by the path; <c>Name_2</c>, <c>Name_3</c>… are the build's names for a function's further
    /// triggers (one trigger per Azure function), served by the same handler.
    /// </summary>
    private Func<AzureInvocation, ILambdaContext, ValueTask>? FindFunction(string name)
    {
        if (_events.TryGetValue(name, out var function))
        {
            return function;
        }

        var underscore = name.LastIndexOf('_');
        return underscore > 0 && underscore < name.Length - 1 && name.AsSpan(underscore + 1).IndexOfAnyExceptInRange('0', '9') < 0
            && _events.TryGetValue(name[..underscore], out function)
            ? function
            : null;
    }

    private async ValueTask<RawHttpResponse> ProxyAsync(Func<HttpApiRequest, ILambdaContext, ValueTask<HttpApiResponse>> dispatch, HttpApiRequest request, string invocationId, string? traceParent, bool coldStart)
    {
        var fields = new InvocationFields.Current(invocationId, traceParent, coldStart) { Azure = true };
        LambdaLog.Invocation.BeginFlow(fields);
        using var context = new AzureContext("http", invocationId, traceParent, coldStart, _options.FunctionTimeout, _stopping.Token, fields);
        context.StartActivity();
        try
        {
            var response = await dispatch(request, context).ConfigureAwait(false);
            context.Activity?.SetTag("http.response.status_code", response.StatusCode);
            return HttpApiConversion.ToRaw(response);
        }
        catch (Exception ex)
        {
            // API Gateway's answer to a failing integration; the detail goes to the log, not the caller.
            Fail(context, ex);
            return RawHttpResponse.Json(500, InternalError);
        }
        finally
        {
            context.FlushMetrics();
            LambdaLog.Invocation.EndFlow();
        }
    }

    /// <summary>An HTTP request the host sent as an invocation (it does not proxy in an app with other triggers): the router answers it as the <c>res</c> output.</summary>
    private async ValueTask<RawHttpResponse> InvokeHttpAsync(string name, Func<HttpApiRequest, ILambdaContext, ValueTask<HttpApiResponse>> dispatch, HttpApiRequest request, string invocationId, string? traceParent, bool coldStart)
    {
        var logs = new List<string>();
        var fields = new InvocationFields.Current(invocationId, traceParent, coldStart) { Azure = true, FunctionName = name, Capture = logs };
        LambdaLog.Invocation.BeginFlow(fields);
        using var context = new AzureContext(name, invocationId, traceParent, coldStart, _options.FunctionTimeout, _stopping.Token, fields);
        context.StartActivity();
        HttpApiResponse response;
        try
        {
            response = HttpInvocation.FitOutput(await dispatch(request, context).ConfigureAwait(false));
            context.Activity?.SetTag("http.response.status_code", response.StatusCode);
        }
        catch (Exception ex)
        {
            // As on the proxied path: the caller gets a bare 500, the detail goes to the log.
            Fail(context, ex);
            response = new HttpApiResponse { StatusCode = 500, Body = """{"message":"Internal Server Error"}""" };
        }
        finally
        {
            context.FlushMetrics();
            LambdaLog.Invocation.EndFlow();
        }

        // The invocation itself succeeded (the host retries nothing for HTTP): the status travels in the output binding.
        return RawHttpResponse.Json(200, HttpInvocation.ToResult(response, logs));
    }

    private async ValueTask<RawHttpResponse> InvokeAsync(string name, Func<AzureInvocation, ILambdaContext, ValueTask> function, RawHttpRequest raw, string invocationId, string? traceParent, bool coldStart)
    {
        var logs = new List<string>();
        var fields = new InvocationFields.Current(invocationId, traceParent, coldStart) { Azure = true, FunctionName = name, Capture = logs };
        LambdaLog.Invocation.BeginFlow(fields);
        using var context = new AzureContext(name, invocationId, traceParent, coldStart, _options.FunctionTimeout, _stopping.Token, fields);
        context.StartActivity();
        var failed = false;
        try
        {
            using var payload = ParsePayload(raw.Body);
            var root = payload.RootElement;
            await function(new AzureInvocation(name, invocationId, Member(root, "Data"), Member(root, "Metadata")), context).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failed = true;
            Fail(context, ex);
        }
        finally
        {
            context.FlushMetrics();
            LambdaLog.Invocation.EndFlow();
        }

        if (failed)
        {
            // The host treats a non-2xx answer as a failed invocation (and retries queue messages); it may not read
            // the body, so the lines go to stdout as well.
            foreach (var line in logs)
            {
                JsonLineWriter.Stdout.WriteLine(line, static (json, text) => json.WriteRawValue(text, skipInputValidation: true));
            }
        }

        return RawHttpResponse.Json(failed ? 500 : 200, InvocationResult(logs));
    }

    private static JsonDocument ParsePayload(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The invocation payload is not JSON: {ex.Message}", ex);
        }
    }

    private static JsonElement Member(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) ? value.Clone() : default;

    private static void Fail(AzureContext context, Exception exception)
    {
        LambdaLog.Logger.Error(exception, "Invocation failed: {ErrorType}", exception.GetType().FullName);
        context.Activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
        context.Activity?.AddException(exception);
    }

    /// <summary>The response payload: no output bindings, the invocation's log lines, no return value.</summary>
    private static byte[] InvocationResult(List<string> logs)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, RuntimeJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("Outputs"u8);
            json.WriteEndObject();
            HttpInvocation.WriteLogs(json, logs);
            json.WriteNull("ReturnValue"u8);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
