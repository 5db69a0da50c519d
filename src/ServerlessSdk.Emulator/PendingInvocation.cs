using System.Diagnostics;

namespace ServerlessSdk.Emulator;

/// <summary>
/// An invocation queued on a <see cref="RuntimeApiEmulator"/>: waits for a <c>GET /next</c>, then for the
/// function's response or error. Await <see cref="Completion"/> (with a timeout) for the outcome.
/// </summary>
public sealed class PendingInvocation
{
    private readonly TaskCompletionSource<InvocationResult> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private long _deliveredAt;
    private long _deadlineMs;

    internal PendingInvocation(string requestId, ReadOnlyMemory<byte> @event, string traceId, TimeSpan timeout, InvocationOptions options)
    {
        RequestId = requestId;
        Event = @event;
        TraceId = traceId;
        Timeout = timeout;
        Options = options;
        EnqueuedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>The request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</summary>
    public string RequestId { get; }

    /// <summary>The event payload, sent byte for byte as the body of <c>/next</c>.</summary>
    public ReadOnlyMemory<byte> Event { get; }

    /// <summary>The <c>Lambda-Runtime-Trace-Id</c> value.</summary>
    public string TraceId { get; }

    /// <summary>The <see cref="Stopwatch.GetTimestamp"/> at which the invocation was queued.</summary>
    public long EnqueuedAt { get; }

    /// <summary>The <see cref="Stopwatch.GetTimestamp"/> at which <c>/next</c> handed the event out; null until then.</summary>
    public long? DeliveredAt => Volatile.Read(ref _deliveredAt) is var t and not 0 ? t : null;

    /// <summary>The <c>Lambda-Runtime-Deadline-Ms</c> sent with the event; null until delivered.</summary>
    public DateTimeOffset? Deadline =>
        Volatile.Read(ref _deadlineMs) is var ms and not 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>
    /// Completes when the function posts a response or error for this invocation. Canceled when the emulator is
    /// disposed first. Never faults. Always await it with a timeout: a broken function may never answer.
    /// </summary>
    public Task<InvocationResult> Completion => _completion.Task;

    internal TimeSpan Timeout { get; }

    internal InvocationOptions Options { get; }

    /// <summary>Guarded by the emulator's lock.</summary>
    internal InvocationState State { get; set; }

    internal long DeadlineMs => Volatile.Read(ref _deadlineMs);

    internal void MarkDelivered(long timestamp, long deadlineMs)
    {
        Volatile.Write(ref _deadlineMs, deadlineMs);
        Volatile.Write(ref _deliveredAt, timestamp);
    }

    internal void MarkRequeued()
    {
        Volatile.Write(ref _deliveredAt, 0);
        Volatile.Write(ref _deadlineMs, 0);
    }

    internal void Complete(InvocationResult result) => _completion.TrySetResult(result);

    internal void Cancel() => _completion.TrySetCanceled();
}

/// <summary>The life cycle Lambda enforces: a response is accepted only after delivery, and only once.</summary>
internal enum InvocationState
{
    Queued,
    Delivered,
    Completed,
}
