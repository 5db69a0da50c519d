namespace ServerlessSdk.Emulator.Internal;

/// <summary>
/// FIFO of invocations waiting for a <c>GET /next</c>, with parked long polls as waiters. Unlike a channel it
/// lets a waiter give up (its connection closed) and lets an undeliverable invocation go back to the front,
/// so an event is never lost into a dead socket.
/// </summary>
internal sealed class InvocationQueue
{
    private readonly Lock _gate = new();
    private readonly LinkedList<PendingInvocation> _items = new();
    private readonly LinkedList<TaskCompletionSource<PendingInvocation?>> _waiters = new();

    /// <summary>How many long polls are parked right now (for tests that must not race the emulator).</summary>
    public int WaiterCount
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    public void Enqueue(PendingInvocation invocation) => Add(invocation, atFront: false);

    /// <summary>Puts back an invocation whose delivery failed, ahead of everything else.</summary>
    public void Requeue(PendingInvocation invocation) => Add(invocation, atFront: true);

    /// <summary>Waits for the next invocation; null when <paramref name="cancellationToken"/> fires first.</summary>
    public async Task<PendingInvocation?> DequeueAsync(CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource<PendingInvocation?>> node;
        lock (_gate)
        {
            if (_items.First is { } first)
            {
                _items.RemoveFirst();
                return first.Value;
            }

            node = _waiters.AddLast(new TaskCompletionSource<PendingInvocation?>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        // Removal and hand-off both happen under the lock, so exactly one of them wins for this waiter.
        await using var registration = cancellationToken.Register(() =>
        {
            lock (_gate)
            {
                if (node.List is not null)
                {
                    _waiters.Remove(node);
                    node.Value.TrySetResult(null);
                }
            }
        });
        return await node.Value.Task.ConfigureAwait(false);
    }

    /// <summary>Releases every parked long poll (with null) and forgets queued invocations.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _items.Clear();
            foreach (var waiter in _waiters)
            {
                waiter.TrySetResult(null);
            }

            _waiters.Clear();
        }
    }

    private void Add(PendingInvocation invocation, bool atFront)
    {
        lock (_gate)
        {
            if (_waiters.First is { } waiter)
            {
                _waiters.RemoveFirst();
                waiter.Value.TrySetResult(invocation);
                return;
            }

            if (atFront)
            {
                _items.AddFirst(invocation);
            }
            else
            {
                _items.AddLast(invocation);
            }
        }
    }
}
