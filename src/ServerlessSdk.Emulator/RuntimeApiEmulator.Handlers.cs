using System.Diagnostics;
using System.Globalization;
using ServerlessSdk.Emulator.Internal;

namespace ServerlessSdk.Emulator;

/// <content>Request handling: one loop per keep-alive connection, routed by path.</content>
public sealed partial class RuntimeApiEmulator
{
    private const string RoutePrefix = "/2018-06-01/runtime/";
    private const string ResponseSizeTooLarge = "Function.ResponseSizeTooLarge";

    private static readonly Task<int> NeverCompletes = new TaskCompletionSource<int>().Task;

    private async Task ServeAsync(HttpConnection connection, CancellationToken stopping)
    {
        _connections.TryAdd(connection, 0);
        try
        {
            while (!stopping.IsCancellationRequested
                && await connection.ReadHeadAsync(stopping).ConfigureAwait(false) is { } head
                && await HandleAsync(connection, head, stopping).ConfigureAwait(false))
            {
            }
        }
        catch (InvalidDataException ex)
        {
            // Malformed HTTP: answer once and drop the connection, its framing can no longer be trusted.
            try
            {
                var body = ErrorBodies.Error("InvalidRequest", ex.Message);
                await connection.WriteResponseAsync(400, [], body, closeConnection: true, stopping).ConfigureAwait(false);
            }
            catch (Exception writeError) when (IsDisconnect(writeError))
            {
            }
        }
        catch (Exception ex) when (IsDisconnect(ex))
        {
            // The function went away or the emulator stopped; both are normal ends of a connection.
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool IsDisconnect(Exception ex) =>
        ex is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or OperationCanceledException;

    /// <returns>True to keep the connection open for another request.</returns>
    private async Task<bool> HandleAsync(HttpConnection connection, HttpRequestHead head, CancellationToken stopping)
    {
        if (head.ExpectsContinue && (head.IsChunked || head.Header("Content-Length") is not (null or "0")))
        {
            await connection.WriteContinueAsync(stopping).ConfigureAwait(false);
        }

        // Always read the body, even of a request about to be refused, so the next request parses cleanly.
        var body = await connection.ReadBodyAsync(head, Options.MaxResponseBytes, stopping).ConfigureAwait(false);
        if (!head.Path.StartsWith(RoutePrefix, StringComparison.Ordinal))
        {
            return await RejectAsync(connection, head, 404, "NotFound", "Not found", stopping).ConfigureAwait(false);
        }

        var route = head.Path[RoutePrefix.Length..].Split('/');
        return route switch
        {
            ["invocation", "next"] when head.Method == "GET" => await HandleNextAsync(connection, head, stopping).ConfigureAwait(false),
            ["init", "error"] when head.Method == "POST" => await HandleInitErrorAsync(connection, head, body, stopping).ConfigureAwait(false),
            ["invocation", var id, "response" or "error"] when head.Method == "POST" && id.Length > 0 =>
                await HandleInvocationPostAsync(connection, head, body, id, isError: route[2] == "error", stopping).ConfigureAwait(false),
            ["invocation", "next"] or ["init", "error"] or ["invocation", _, "response" or "error"] =>
                await RejectAsync(connection, head, 405, "MethodNotAllowed", $"Method {head.Method} not allowed", stopping).ConfigureAwait(false),
            _ => await RejectAsync(connection, head, 404, "NotFound", "Not found", stopping).ConfigureAwait(false),
        };
    }

    private async Task<bool> HandleNextAsync(HttpConnection connection, HttpRequestHead head, CancellationToken stopping)
    {
        if (Interlocked.CompareExchange(ref _firstNextAt, head.ArrivedAt, 0) == 0)
        {
            _firstNext.TrySetResult(head.ArrivedAt);
        }

        if (TakeFault(post: false) is { } faultStatus)
        {
            var faultBody = ErrorBodies.Error("InjectedFault", "Fault injected by the Runtime API emulator");
            return await ReplyAsync(connection, head, faultStatus, faultBody, "InjectedFault", stopping, isInjectedFault: true).ConfigureAwait(false);
        }

        var invocation = await WaitForInvocationAsync(connection, stopping).ConfigureAwait(false);
        if (invocation is null)
        {
            return false; // the function hung up or the emulator stopped: drop the connection
        }

        var deadlineMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + (long)invocation.Timeout.TotalMilliseconds;
        lock (_gate)
        {
            invocation.State = InvocationState.Delivered;
            invocation.MarkDelivered(Stopwatch.GetTimestamp(), deadlineMs);
        }

        List<KeyValuePair<string, string>> headers =
        [
            new(RuntimeHeaders.RequestId, invocation.RequestId),
            new(RuntimeHeaders.DeadlineMs, deadlineMs.ToString(CultureInfo.InvariantCulture)),
            new(RuntimeHeaders.FunctionArn, Options.FunctionArn),
            new(RuntimeHeaders.TraceId, invocation.TraceId),
        ];
        if (invocation.Options.ClientContext is { } clientContext)
        {
            headers.Add(new(RuntimeHeaders.ClientContext, clientContext));
        }

        if (invocation.Options.CognitoIdentity is { } cognitoIdentity)
        {
            headers.Add(new(RuntimeHeaders.CognitoIdentity, cognitoIdentity));
        }

        try
        {
            return await ReplyAsync(connection, head, 200, invocation.Event, null, stopping, headers: headers, cutBody: TakeCut()).ConfigureAwait(false);
        }
        catch
        {
            // Never lose an event into a dead socket: the next /next gets it instead.
            lock (_gate)
            {
                invocation.State = InvocationState.Queued;
                invocation.MarkRequeued();
            }

            _queue.Requeue(invocation);
            throw;
        }
    }

    /// <summary>The long poll: waits for an invocation, but gives up when the function's connection closes.</summary>
    private async Task<PendingInvocation?> WaitForInvocationAsync(HttpConnection connection, CancellationToken stopping)
    {
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var dequeue = _queue.DequeueAsync(giveUp.Token);
        var watch = connection.WatchAsync();
        while (!dequeue.IsCompleted)
        {
            if (await Task.WhenAny(dequeue, watch).ConfigureAwait(false) == dequeue)
            {
                break;
            }

            if (watch.IsCompletedSuccessfully && watch.Result > 0)
            {
                watch = NeverCompletes; // a pipelined request: it stays buffered for later
                continue;
            }

            await giveUp.CancelAsync().ConfigureAwait(false);
            if (await dequeue.ConfigureAwait(false) is { } raced)
            {
                _queue.Requeue(raced);
            }

            return null;
        }

        return await dequeue.ConfigureAwait(false);
    }

    private async Task<bool> HandleInitErrorAsync(HttpConnection connection, HttpRequestHead head, HttpBody body, CancellationToken stopping)
    {
        if (body.TooLarge)
        {
            return await RejectTooLargeAsync(connection, head, stopping).ConfigureAwait(false);
        }

        // Lambda accepts an init error only while initializing: once, and before the first /next.
        if (FirstNextAt is not null || _initError.Task.IsCompleted)
        {
            var state = FirstNextAt is not null ? "Ready" : "InitError";
            return await RejectAsync(connection, head, 403, "InvalidStateTransition",
                $"State transition from {state} to InitError failed for runtime.", stopping).ConfigureAwait(false);
        }

        var report = new InitErrorReport(body.Data, head.Header(RuntimeHeaders.FunctionErrorType), head.Headers, body.ReceivedAt);
        _initError.TrySetResult(report);
        return await ReplyAsync(connection, head, 202, ErrorBodies.Accepted, null, stopping).ConfigureAwait(false);
    }

    private async Task<bool> HandleInvocationPostAsync(
        HttpConnection connection, HttpRequestHead head, HttpBody body, string requestId, bool isError, CancellationToken stopping)
    {
        if (TakeFault(post: true) is { } faultStatus)
        {
            var faultBody = ErrorBodies.Error("InjectedFault", "Fault injected by the Runtime API emulator");
            return await ReplyAsync(connection, head, faultStatus, faultBody, "InjectedFault", stopping, isInjectedFault: true).ConfigureAwait(false);
        }

        PendingInvocation? invocation;
        InvocationState state;
        InvocationResult? result = null;
        lock (_gate)
        {
            state = _invocations.TryGetValue(requestId, out invocation) ? invocation.State : InvocationState.Queued;
            if (state == InvocationState.Delivered && !(body.TooLarge && isError))
            {
                // An oversized response still ends the invocation (as Function.ResponseSizeTooLarge); an oversized
                // error report does not, so the runtime can retry with a smaller one.
                result = body.TooLarge ? TooLargeResult(invocation!, head, body) : Result(invocation!, head, body, isError);
                invocation!.State = InvocationState.Completed;
            }
        }

        if (state == InvocationState.Queued)
        {
            return await RejectAsync(connection, head, 400, "InvalidRequestID", "Invalid request ID", stopping).ConfigureAwait(false);
        }

        if (state == InvocationState.Completed)
        {
            var target = isError ? "InvocationErrorResponse" : "InvocationResponse";
            return await RejectAsync(connection, head, 403, "InvalidStateTransition",
                $"State transition from ResponseSent to {target} failed for runtime.", stopping).ConfigureAwait(false);
        }

        // Record before answering: once the function sees 202 (or 413) the result is already observable.
        if (result is not null)
        {
            invocation!.Complete(result);
        }

        return body.TooLarge
            ? await RejectTooLargeAsync(connection, head, stopping).ConfigureAwait(false)
            : await ReplyAsync(connection, head, 202, ErrorBodies.Accepted, null, stopping).ConfigureAwait(false);
    }

    private static InvocationResult Result(PendingInvocation invocation, HttpRequestHead head, HttpBody body, bool isError)
    {
        // A streamed response reports a mid-stream failure in its trailers; Lambda then treats it as an error.
        var trailerErrorType = body.Trailers.TryGetValue(RuntimeHeaders.FunctionErrorType, out var value) ? value : null;
        var errorType = isError ? head.Header(RuntimeHeaders.FunctionErrorType) : trailerErrorType;
        var outcome = isError || trailerErrorType is not null ? InvocationOutcome.Error : InvocationOutcome.Response;
        return new InvocationResult(invocation.RequestId, outcome, body.Data, body.Length, errorType, head.Headers,
            body.Trailers, invocation.DeliveredAt ?? 0, body.ReceivedAt);
    }

    /// <summary>What Lambda reports to the invoker when a response is oversized.</summary>
    private InvocationResult TooLargeResult(PendingInvocation invocation, HttpRequestHead head, HttpBody body)
    {
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Response payload size ({body.Length} bytes) exceeded maximum allowed payload size ({Options.MaxResponseBytes} bytes).");
        return new InvocationResult(invocation.RequestId, InvocationOutcome.ResponseTooLarge,
            ErrorBodies.Error(ResponseSizeTooLarge, message), body.Length, ResponseSizeTooLarge, head.Headers,
            body.Trailers, invocation.DeliveredAt ?? 0, body.ReceivedAt);
    }

    private bool TakeCut()
    {
        lock (_gate)
        {
            if (_cutsRemaining == 0)
            {
                return false;
            }

            _cutsRemaining--;
            return true;
        }
    }

    private int? TakeFault(bool post)
    {
        lock (_gate)
        {
            ref var remaining = ref post ? ref _postFaultsRemaining : ref _faultsRemaining;
            if (remaining == 0)
            {
                return null;
            }

            if (remaining != int.MaxValue)
            {
                remaining--;
            }

            return post ? _postFaultStatusCode : _faultStatusCode;
        }
    }

    private Task<bool> RejectTooLargeAsync(HttpConnection connection, HttpRequestHead head, CancellationToken stopping) =>
        RejectAsync(connection, head, 413, "RequestEntityTooLarge",
            string.Create(CultureInfo.InvariantCulture, $"Exceeded maximum allowed payload size ({Options.MaxResponseBytes} bytes)."),
            stopping);

    private Task<bool> RejectAsync(
        HttpConnection connection, HttpRequestHead head, int statusCode, string errorType, string message, CancellationToken stopping) =>
        ReplyAsync(connection, head, statusCode, ErrorBodies.Error(errorType, message), errorType, stopping);

    /// <returns>True to keep the connection open for another request.</returns>
    private async Task<bool> ReplyAsync(
        HttpConnection connection,
        HttpRequestHead head,
        int statusCode,
        ReadOnlyMemory<byte> body,
        string? errorType,
        CancellationToken stopping,
        bool isInjectedFault = false,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        bool cutBody = false)
    {
        var request = new RuntimeApiRequest(head.Method, head.Path, statusCode, errorType, head.ArrivedAt, isInjectedFault);
        lock (_gate)
        {
            _requests.Add(request);
        }

        if (request.IsRejected)
        {
            _firstRejected.TrySetResult(request);
        }

        var keepAlive = head.KeepAlive && !cutBody;
        await connection.WriteResponseAsync(statusCode, headers ?? [], body, closeConnection: !keepAlive, stopping, cutBody).ConfigureAwait(false);
        return keepAlive;
    }
}
