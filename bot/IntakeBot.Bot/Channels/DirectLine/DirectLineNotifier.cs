using System.Collections.Concurrent;
using System.Collections.Immutable;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Tells the sockets of a conversation that its log grew. Appends in this process call <see cref="Changed"/> with
/// the records they committed, which a socket sends on without reading the log; with PostgreSQL,
/// <see cref="DirectLineNotifierListener"/> calls it without records for appends on other instances, and those
/// sockets read the log.
/// </summary>
/// <remarks>
/// Subscribe before reading the log, then wait on the subscription: an append in between is never missed. Only
/// conversations with an open socket hold anything here.
/// </remarks>
internal sealed class DirectLineNotifier
{
    private readonly ConcurrentDictionary<string, ImmutableArray<DirectLineSubscription>> _subscriptions = new(StringComparer.Ordinal);

    /// <summary>An inbox for the conversation's appends, until it is disposed.</summary>
    public DirectLineSubscription Subscribe(string conversationId)
    {
        var subscription = new DirectLineSubscription(conversationId, Unsubscribe);
        _subscriptions.AddOrUpdate(conversationId, static (_, added) => [added], static (_, present, added) => present.Add(added), subscription);
        return subscription;
    }

    /// <summary>
    /// The conversation's log changed: <paramref name="appended"/> holds the committed records in order, or is null
    /// when this process does not have them (the sockets then read the log).
    /// </summary>
    public void Changed(string conversationId, IReadOnlyList<DirectLineRecord>? appended = null)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscriptions))
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Post(appended);
            }
        }
    }

    /// <summary>Conversations with a socket subscribed.</summary>
    public int Waiting => _subscriptions.Count;

    /// <summary>
    /// Makes every subscribed socket read its log again: for when changes may have gone unannounced (the
    /// cross-instance listener was disconnected).
    /// </summary>
    public void ChangedAll()
    {
        foreach (var subscriptions in _subscriptions.Values)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Post(null);
            }
        }
    }

    private void Unsubscribe(DirectLineSubscription subscription)
    {
        while (_subscriptions.TryGetValue(subscription.ConversationId, out var present))
        {
            var rest = present.Remove(subscription);
            if (rest.Length == present.Length)
            {
                return;
            }

            var done = rest.IsEmpty
                ? _subscriptions.TryRemove(KeyValuePair.Create(subscription.ConversationId, present))
                : _subscriptions.TryUpdate(subscription.ConversationId, rest, present);
            if (done)
            {
                return;
            }
        }
    }
}
