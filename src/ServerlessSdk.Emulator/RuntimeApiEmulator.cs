using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ServerlessSdk.Emulator.Internal;

namespace ServerlessSdk.Emulator;

/// <summary>
/// An in-process AWS Lambda Runtime API (2018-06-01) on 127.0.0.1 and an ephemeral port. Point a function at it
/// through <c>AWS_LAMBDA_RUNTIME_API</c> = <see cref="Address"/>, queue events with <see cref="Enqueue(ReadOnlyMemory{byte}, InvocationOptions?)"/>
/// and await each <see cref="PendingInvocation.Completion"/>.
/// </summary>
/// <remarks>
/// <para>
/// Behaves like the real endpoint: <c>GET /runtime/invocation/next</c> long-polls until an invocation is queued;
/// <c>/response</c>, <c>/error</c> and <c>/init/error</c> answer 202; an unknown or not yet delivered request id
/// gets 400 <c>InvalidRequestID</c>; a second post for the same invocation gets 403
/// <c>InvalidStateTransition</c>; a body over <see cref="EmulatorOptions.MaxResponseBytes"/> gets 413
/// <c>RequestEntityTooLarge</c>; unknown paths 404. Connections are kept alive.
/// </para>
/// <para>
/// Timestamps are <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> values taken when the socket read
/// that brought the bytes returned, so they are comparable with a timestamp taken before starting a process.
/// Unlike Lambda it does not serialize invocations (several may be in flight) and does not enforce deadlines.
/// </para>
/// </remarks>
public sealed partial class RuntimeApiEmulator : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly InvocationQueue _queue = new();
    private readonly Dictionary<string, PendingInvocation> _invocations = new(StringComparer.Ordinal);
    private readonly List<RuntimeApiRequest> _requests = [];
    private readonly ConcurrentDictionary<HttpConnection, byte> _connections = new();
    private readonly TaskCompletionSource<long> _firstNext = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<InitErrorReport> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<RuntimeApiRequest> _firstRejected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Socket? _listener;
    private CancellationTokenSource? _listening;
    private long _firstNextAt;
    private int _faultStatusCode;
    private int _faultsRemaining;
    private int _postFaultStatusCode;
    private int _postFaultsRemaining;
    private int _cutsRemaining;
    private bool _disposed;

    private RuntimeApiEmulator(EmulatorOptions options) => Options = options;

    /// <summary>Starts listening on 127.0.0.1 and a free port.</summary>
    /// <param name="options">The function configuration; defaults when null.</param>
    public static RuntimeApiEmulator Start(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxResponseBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Timeout, TimeSpan.Zero);
        var emulator = new RuntimeApiEmulator(options);
        emulator.Listen(port: 0);
        return emulator;
    }

    /// <summary>The function configuration this emulator reports.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>The TCP port, fixed for the emulator's lifetime (also across <see cref="Stop"/> and <see cref="Resume"/>).</summary>
    public int Port { get; private set; }

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c>: <c>127.0.0.1:PORT</c>.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>The API base, <c>http://127.0.0.1:PORT/2018-06-01/</c>, for clients written in tests.</summary>
    public Uri BaseUri => new($"http://{Address}/2018-06-01/");

    /// <summary>True while the emulator accepts connections (false after <see cref="Stop"/> or disposal).</summary>
    public bool IsListening
    {
        get
        {
            lock (_gate)
            {
                return _listener is not null;
            }
        }
    }

    /// <summary>The timestamp at which the first <c>GET /invocation/next</c> arrived; null before that.</summary>
    public long? FirstNextAt => Interlocked.Read(ref _firstNextAt) is var t and not 0 ? t : null;

    /// <summary>Completes with <see cref="FirstNextAt"/> when the first <c>GET /invocation/next</c> arrives. Canceled on disposal.</summary>
    public Task<long> FirstNextRequest => _firstNext.Task;

    /// <summary>The accepted post to <c>/runtime/init/error</c>, if any (Lambda accepts only one, before the first <c>/next</c>).</summary>
    public InitErrorReport? InitError => _initError.Task.IsCompletedSuccessfully ? _initError.Task.Result : null;

    /// <summary>Completes when the function reports an init error. Canceled on disposal.</summary>
    public Task<InitErrorReport> InitErrorReported => _initError.Task;

    /// <summary>Completes with the first request answered with a 4xx (a protocol error by the function). Canceled on disposal.</summary>
    public Task<RuntimeApiRequest> FirstRejectedRequest => _firstRejected.Task;

    /// <summary>A snapshot of every request answered so far, in order.</summary>
    public IReadOnlyList<RuntimeApiRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>How many <c>GET /next</c> requests are parked waiting for an invocation.</summary>
    internal int ParkedLongPolls => _queue.WaiterCount;

    /// <summary>
    /// Queues an invocation. The cold invoke is normally queued before the function starts, as on Lambda.
    /// </summary>
    /// <param name="event">The payload, sent byte for byte as the body of <c>/next</c>. Not copied: do not change it afterwards.</param>
    /// <param name="options">Request id, deadline, trace and context overrides.</param>
    /// <exception cref="ArgumentException">The request id is already in use.</exception>
    public PendingInvocation Enqueue(ReadOnlyMemory<byte> @event, InvocationOptions? options = null)
    {
        options ??= new InvocationOptions();
        var invocation = new PendingInvocation(
            options.RequestId ?? Guid.NewGuid().ToString(),
            @event,
            options.TraceId ?? TraceHeader.NewUnsampled(),
            options.Timeout ?? Options.Timeout,
            options);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_invocations.TryAdd(invocation.RequestId, invocation))
            {
                throw new ArgumentException($"Request id '{invocation.RequestId}' is already in use.", nameof(options));
            }
        }

        _queue.Enqueue(invocation);
        return invocation;
    }

    /// <summary>Queues an invocation whose payload is <paramref name="eventJson"/> encoded as UTF-8.</summary>
    /// <param name="eventJson">The event JSON.</param>
    /// <param name="options">Request id, deadline, trace and context overrides.</param>
    public PendingInvocation Enqueue(string eventJson, InvocationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        return Enqueue(Encoding.UTF8.GetBytes(eventJson), options);
    }

    /// <summary>
    /// Waits until the function either asks for its first invocation (returns null) or reports an init error
    /// (returns it), whichever happens first.
    /// </summary>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">Neither happened within <paramref name="timeout"/>.</exception>
    public async Task<InitErrorReport?> WaitForInitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var first = await Task.WhenAny(FirstNextRequest, InitErrorReported).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        await first.ConfigureAwait(false); // surfaces cancellation by disposal
        return first == InitErrorReported ? InitErrorReported.Result : null;
    }

    /// <summary>
    /// Fault injection: answers the next <paramref name="count"/> <c>GET /invocation/next</c> requests with
    /// <paramref name="statusCode"/> (and a JSON error body) instead of an invocation. Queued invocations stay queued.
    /// </summary>
    /// <param name="statusCode">The status to answer with, e.g. 500.</param>
    /// <param name="count">How many requests to fail; every one until <see cref="ClearFaults"/> by default.</param>
    public void FailNextRequests(int statusCode, int count = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _faultStatusCode = statusCode;
            _faultsRemaining = count;
        }
    }

    /// <summary>
    /// Fault injection: answers the next <paramref name="count"/> <c>POST /invocation/{id}/response</c> or
    /// <c>/error</c> requests with <paramref name="statusCode"/> (and a JSON error body); the invocation stays
    /// delivered and unanswered, as after a Lambda-side failure. Lambda documents 500 as "non-recoverable state, runtime
    /// should exit promptly".
    /// </summary>
    /// <param name="statusCode">The status to answer with, e.g. 500.</param>
    /// <param name="count">How many posts to fail; every one until <see cref="ClearFaults"/> by default.</param>
    public void FailInvocationPosts(int statusCode, int count = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _postFaultStatusCode = statusCode;
            _postFaultsRemaining = count;
        }
    }

    /// <summary>
    /// Fault injection: the next <paramref name="count"/> invocations handed out on <c>/next</c> arrive cut off: the
    /// head (request id included) and half the announced event are sent, then the connection is closed. The invocation
    /// stays delivered, as Lambda counts it, waiting for its response or error.
    /// </summary>
    /// <param name="count">How many invocations to cut off.</param>
    public void CutNextInvocations(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _cutsRemaining = count;
        }
    }

    /// <summary>
    /// Ends fault injection started with <see cref="FailNextRequests"/>, <see cref="FailInvocationPosts"/> or
    /// <see cref="CutNextInvocations"/>.
    /// </summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _faultsRemaining = 0;
            _postFaultsRemaining = 0;
            _cutsRemaining = 0;
        }
    }

    /// <summary>
    /// Fault injection: closes the listener and every open connection, so the function sees its connections
    /// drop and new ones refused. Queued and in-flight invocations and all recorded state are kept.
    /// </summary>
    public void Stop()
    {
        Socket? listener;
        CancellationTokenSource? listening;
        lock (_gate)
        {
            (listener, _listener) = (_listener, null);
            (listening, _listening) = (_listening, null);
        }

        if (listener is null)
        {
            return;
        }

        listening!.Cancel();
        listener.Dispose();
        foreach (var connection in _connections.Keys)
        {
            // Closing the socket fails its pending read; the connection's own loop then cleans up.
            _ = connection.DisposeAsync();
        }

        // Not disposed: handlers may still link to its (canceled) token, and it owns no timer or wait handle.
    }

    /// <summary>Listens again on the same port after <see cref="Stop"/>.</summary>
    /// <exception cref="SocketException">The port was taken by someone else meanwhile.</exception>
    public void Resume()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_listener is not null)
            {
                return;
            }
        }

        Listen(Port);
    }

    /// <summary>
    /// Stops listening and cancels whatever is still pending: invocation completions, <see cref="FirstNextRequest"/>,
    /// <see cref="InitErrorReported"/> and <see cref="FirstRejectedRequest"/>, so no awaiter hangs. Recorded results stay readable.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        PendingInvocation[] invocations;
        lock (_gate)
        {
            if (_disposed)
            {
                return ValueTask.CompletedTask;
            }

            _disposed = true;
            invocations = [.. _invocations.Values];
        }

        Stop();
        _queue.Clear();
        foreach (var invocation in invocations)
        {
            invocation.Cancel();
        }

        _firstNext.TrySetCanceled();
        _initError.TrySetCanceled();
        _firstRejected.TrySetCanceled();
        return ValueTask.CompletedTask;
    }

    private void Listen(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // Lets Resume rebind the port while connections from before Stop linger in TIME_WAIT.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            socket.Listen(128);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var listening = new CancellationTokenSource();
        lock (_gate)
        {
            Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            _listener = socket;
            _listening = listening;
        }

        _ = AcceptLoopAsync(socket, listening.Token);
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken stopping)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(new HttpConnection(client), stopping);
        }
    }
}
