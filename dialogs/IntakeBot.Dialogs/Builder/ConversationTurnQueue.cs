namespace IntakeBot.Dialogs.Builder;

/// <summary>
/// Lets turns of one conversation run one at a time, in arrival order, while turns of different conversations
/// run in parallel. Memory is held only for conversations with a turn running or waiting.
/// </summary>
/// <remarks>
/// This is a FIFO async lock per key: the first caller enters at once, later callers wait in a queue and are
/// handed the lease in the order they arrived. A waiter whose cancellation token fires leaves the queue without
/// taking the lease. Nothing is dropped: every caller either runs or sees its own cancellation.
/// </remarks>
public sealed class ConversationTurnQueue
{
    private readonly Dictionary<string, LinkedList<TaskCompletionSource>> _waiters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The number of conversations that have a turn running.</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    /// <summary>Waits until this conversation's earlier turns are done, then holds the lease until it is disposed.</summary>
    public ValueTask<IDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_waiters.TryGetValue(conversationKey, out var queue))
            {
                _waiters[conversationKey] = [];
                return new ValueTask<IDisposable>(new Lease(this, conversationKey));
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var node = queue.AddLast(waiter);
            return WaitAsync(conversationKey, queue, node, cancellationToken);
        }
    }

    private async ValueTask<IDisposable> WaitAsync(
        string key, LinkedList<TaskCompletionSource> queue, LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(() => Abandon(queue, node, cancellationToken)))
        {
            await node.Value.Task.ConfigureAwait(false);
        }

        return new Lease(this, key);
    }

    private void Abandon(LinkedList<TaskCompletionSource> queue, LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // When the lease was already handed over (node no longer queued), the waiter owns it and must run.
            if (node.List is null)
            {
                return;
            }

            queue.Remove(node);
            node.Value.TrySetCanceled(cancellationToken);
        }
    }

    private void Release(string key)
    {
        lock (_gate)
        {
            var queue = _waiters[key];
            if (queue.First is { } next)
            {
                queue.RemoveFirst();
                next.Value.TrySetResult();
            }
            else
            {
                _waiters.Remove(key);
            }
        }
    }

    private sealed class Lease(ConversationTurnQueue owner, string key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(key);
            }
        }
    }
}
