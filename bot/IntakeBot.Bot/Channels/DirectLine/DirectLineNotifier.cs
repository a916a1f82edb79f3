using System.Collections.Concurrent;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Wakes the sockets of a conversation when its log grows. Appends in this process call <see cref="Changed"/>; with
/// PostgreSQL, <see cref="DirectLineNotifierListener"/> also calls it for appends on other instances.
/// </summary>
/// <remarks>Take <see cref="NextChange"/> before reading the log, then await it: an append in between is never missed.</remarks>
internal sealed class DirectLineNotifier
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);

    /// <summary>Completes at the next change of the conversation's log.</summary>
    public Task NextChange(string conversationId) =>
        _signals.GetOrAdd(conversationId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Signals that the conversation's log changed.</summary>
    public void Changed(string conversationId)
    {
        if (_signals.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }

    /// <summary>
    /// A socket of the conversation closed: its signal goes, so that a conversation left by its user holds no memory.
    /// Another socket of the same conversation waiting on that signal is woken and simply reads its log again.
    /// </summary>
    public void Forget(string conversationId) => Changed(conversationId);

    /// <summary>Conversations with a socket waiting for a change.</summary>
    public int Waiting => _signals.Count;

    /// <summary>
    /// Wakes every waiting socket, so each reads its log again: for when changes may have gone unannounced (the
    /// cross-instance listener was disconnected).
    /// </summary>
    public void ChangedAll()
    {
        foreach (var conversationId in _signals.Keys)
        {
            Changed(conversationId);
        }
    }
}
