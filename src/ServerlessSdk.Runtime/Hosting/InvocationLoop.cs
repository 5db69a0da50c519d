using System.Diagnostics;
using System.Runtime.InteropServices;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Metrics;
using ServerlessSdk.Runtime.RuntimeApi;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Hosting;

/// <summary>Init, then <c>next → handle → respond</c> until Lambda freezes or stops the process.</summary>
internal sealed class InvocationLoop(InvocationHandler handler, LambdaRuntimeOptions options, FunctionEnvironment environment)
{
    /// <summary>Lambda's limit for a synchronous response payload (6 MB).</summary>
    public const int MaxResponseBytes = 6 * 1024 * 1024;

    private readonly string _metricsNamespace = options.MetricsNamespace ?? environment.MetricsNamespace ?? LambdaRuntimeOptions.DefaultMetricsNamespace;
    private XRayExporter? _xray;

    public async Task<int> RunAsync()
    {
        if (environment.RuntimeApi is null)
        {
            LambdaLog.Logger.Fatal("AWS_LAMBDA_RUNTIME_API is not set: run the function on Lambda or under a Runtime API emulator");
            return ExitCodes.RuntimeApiFailure;
        }

        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
        using var xray = _xray = CreateXRayExporter();
        try
        {
            using var client = new RuntimeApiClient(environment.RuntimeApi);
            if (!await InitializeAsync(client).ConfigureAwait(false))
            {
                return ExitCodes.InitError;
            }

            for (var coldStart = true; ; coldStart = false)
            {
                var next = client.GetNext();
                await InvokeAsync(client, next, coldStart).ConfigureAwait(false);
            }
        }
        catch (RuntimeApiException ex)
        {
            LambdaLog.Logger.Fatal("Runtime API failure, exiting: {Reason}", ex.Message);
            LambdaLog.Flush();
            return ExitCodes.RuntimeApiFailure;
        }
    }

    private XRayExporter? CreateXRayExporter()
    {
        try
        {
            return XRayExporter.Create(environment.XRayDaemonAddress);
        }
        catch (FormatException ex)
        {
            // Traces are worth a warning, not the function.
            LambdaLog.Logger.Warning("X-Ray subsegments will not be sent: {Reason}", ex.Message);
            return null;
        }
    }

    private async Task<bool> InitializeAsync(RuntimeApiClient client)
    {
        if (options.Startup is null)
        {
            return true;
        }

        try
        {
            await options.Startup().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex)
        {
            LambdaLog.Logger.Fatal(ex, "Function initialisation failed: {ErrorType}", ex.GetType().FullName);
            LogUnlessAccepted(client.PostInitError(ex.GetType().FullName ?? "Runtime.InitError", ErrorDocument.ForException(ex)), "init error");

            LambdaLog.Flush();
            return false;
        }
    }

    private async ValueTask InvokeAsync(RuntimeApiClient client, NextInvocation next, bool coldStart)
    {
        if (next.TraceId is not null)
        {
            Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", next.TraceId);
        }

        LambdaLog.Invocation.Begin(next.RequestId, next.TraceId, coldStart);
        _xray?.BeginInvocation(next.TraceId);
        using var context = new LambdaContext(next, environment, coldStart, _metricsNamespace, options.CancellationMargin);
        try
        {
            if (coldStart && options.EmitColdStartMetric)
            {
                EmitColdStartMetric();
            }

            if (next.Refusal is { } refusal)
            {
                // The event cannot be handled, but the request id is known: fail it now rather than let it time out.
                throw new InvocationFailedException(ErrorTypes.MalformedEvent, refusal);
            }

            var response = await handler.InvokeAsync(EventPayload.WithoutByteOrderMark(next.Payload), context).ConfigureAwait(false);
            if (response.Length > MaxResponseBytes)
            {
                throw new InvocationFailedException(
                    ErrorTypes.ResponseSizeTooLarge,
                    $"Response payload size ({response.Length} bytes) exceeded the maximum allowed payload size ({MaxResponseBytes} bytes).");
            }

            // Everything the invocation writes goes out before the response: Lambda may freeze the
            // process the moment it has the response, and output written after it would be late or lost.
            _xray?.EndInvocation();
            FlushMetrics(context);
            LogUnlessAccepted(client.PostResponse(next.RequestId, response.Span), "response");
        }
        catch (Exception ex) when (ex is not RuntimeApiException)
        {
            _xray?.EndInvocation();
            FlushMetrics(context);
            ReportError(client, next.RequestId, context.Activity, ex);
        }
        finally
        {
            _xray?.EndInvocation();
            LambdaLog.Invocation.End();
        }
    }

    private static void ReportError(RuntimeApiClient client, string requestId, Activity? activity, Exception exception)
    {
        var (errorType, document) = exception is InvocationFailedException failure
            ? (failure.ErrorType, ErrorDocument.Write(failure.ErrorType, failure.Message, ErrorDocument.StackLines(failure.InnerException ?? failure)))
            : (exception.GetType().FullName ?? "Function.Unhandled", ErrorDocument.ForException(exception));

        LambdaLog.Logger.Error(exception, "Invocation failed: {ErrorType}", errorType);
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity?.AddException(exception);

        LogUnlessAccepted(client.PostError(requestId, errorType, document), "invocation error");
    }

    private static void LogUnlessAccepted(PostResult result, string what)
    {
        if (!result.Answered)
        {
            // Not posted again: Lambda accepts one post per request id (see RuntimeApiClient.Post).
            LambdaLog.Logger.Warning("The Runtime API connection dropped after the {What} was sent, before it was acknowledged; not sending it again", what);
        }
        else if (result.Status >= 500)
        {
            // The Runtime API contract: a 500 is a non-recoverable state and the runtime should exit promptly.
            throw new RuntimeApiException($"The Runtime API answered the {what} with HTTP {result.Status}: {result.Body}");
        }
        else if (!result.Accepted)
        {
            LambdaLog.Logger.Error("The Runtime API refused the {What}: HTTP {Status} {Body}", what, result.Status, result.Body);
        }
    }

    private void EmitColdStartMetric()
    {
        try
        {
            new MetricsLogger(_metricsNamespace)
                .AddDimension("function_name", environment.FunctionName)
                .AddDimension("service", environment.ServiceName)
                .AddMetric("ColdStart", 1, MetricUnit.Count)
                .Flush();
        }
        catch (ArgumentException ex)
        {
            LambdaLog.Logger.Error(ex, "ColdStart metric not written: {Reason}", ex.Message);
        }
    }

    private static void FlushMetrics(LambdaContext context)
    {
        try
        {
            context.FlushMetrics();
        }
        catch (InvalidOperationException ex)
        {
            LambdaLog.Logger.Error(ex, "Metrics not written: {Reason}", ex.Message);
        }
    }

    private static void OnTerminate(PosixSignalContext signal)
    {
        signal.Cancel = true;
        LambdaLog.Logger.Information("SIGTERM received: flushing logs and exiting");
        LambdaLog.Flush();
        Environment.Exit(ExitCodes.Terminated);
    }
}

/// <summary>The process exit codes of a function built on this runtime.</summary>
internal static class ExitCodes
{
    public const int Terminated = 0;
    public const int InitError = 1;
    public const int RuntimeApiFailure = 2;
}
