using System.Collections.Concurrent;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Wakes the sockets of a conversation when its log grows.</summary>
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
}
