using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// One socket's inbox at <see cref="DirectLineNotifier"/>: from the moment it subscribes until it is disposed, it
/// collects what is appended to its conversation's log in this process (the records themselves), marks changes it
/// was not shown (made by another instance, or announced without records) so that the socket reads the log, and
/// notes the keep-alive ticks. One reader, any number of writers.
/// </summary>
internal sealed class DirectLineSubscription : IDisposable
{
    private readonly object _gate = new();
    private readonly Action<DirectLineSubscription> _unsubscribe;
    private List<DirectLineRecord>? _records;
    private bool _unknown;
    private bool _tick;
    private bool _woken;
    private TaskCompletionSource? _waiter;

    internal DirectLineSubscription(string conversationId, Action<DirectLineSubscription> unsubscribe)
    {
        ConversationId = conversationId;
        _unsubscribe = unsubscribe;
    }

    /// <summary>The conversation whose log this inbox follows.</summary>
    public string ConversationId { get; }

    /// <summary>Completes when the inbox holds something, a tick came, or <see cref="Wake"/> was called.</summary>
    public Task WaitAsync()
    {
        lock (_gate)
        {
            if (_records is not null || _unknown || _tick || _woken)
            {
                return Task.CompletedTask;
            }

            _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task;
        }
    }

    /// <summary>Empties the inbox.</summary>
    public DirectLineInbox Take()
    {
        lock (_gate)
        {
            var inbox = new DirectLineInbox(_records ?? (IReadOnlyList<DirectLineRecord>)[], _unknown, _tick);
            _records = null;
            _unknown = _tick = _woken = false;
            return inbox;
        }
    }

    /// <summary>
    /// Records appended to the log, in their order; null when the log changed in a way this process did not see
    /// (the socket must read it).
    /// </summary>
    public void Post(IReadOnlyList<DirectLineRecord>? appended) => Signal(appended, unknown: appended is null, tick: false, woken: false);

    /// <summary>The keep-alive interval passed.</summary>
    public void Tick() => Signal(null, unknown: false, tick: true, woken: false);

    /// <summary>Wakes the reader with nothing new, e.g. to see that it was cancelled.</summary>
    public void Wake() => Signal(null, unknown: false, tick: false, woken: true);

    /// <summary>Leaves the notifier: nothing is kept for the conversation once its last socket has gone.</summary>
    public void Dispose() => _unsubscribe(this);

    private void Signal(IReadOnlyList<DirectLineRecord>? records, bool unknown, bool tick, bool woken)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            if (records is not null)
            {
                (_records ??= []).AddRange(records);
            }

            _unknown |= unknown;
            _tick |= tick;
            _woken |= woken;
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }
}
