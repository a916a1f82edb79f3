using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Memory;

/// <summary>
/// An <see cref="ITranscriptStore"/> in memory, for tests and the terminal chat. Thread-safe; lost when the process
/// ends. <see cref="AbandonedBeforeAsync"/> asks <paramref name="cases"/> which conversations hold a case (none without it).
/// </summary>
public sealed class MemoryTranscriptStore(ICaseStore? cases = null) : ITranscriptStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TranscriptEntry>> _conversations = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<long> AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        TranscriptEntries.Validate(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_conversations.TryGetValue(entry.ConversationId, out var entries))
            {
                entries = [];
                _conversations.Add(entry.ConversationId, entries);
            }

            var sequence = entries.Count + 1L;
            entries.Add(entry with { Sequence = sequence });
            return Task.FromResult(sequence);
        }
    }

    /// <inheritdoc />
    public Task AppendAllAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            TranscriptEntries.Validate(entry);
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _ = AppendAsync(entry, CancellationToken.None);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<TranscriptEntry> entries = _conversations.TryGetValue(conversationId, out var found) ? [.. found] : [];
            return Task.FromResult(entries);
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_conversations.Remove(conversationId, out var removed) ? removed.Count : 0);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> AbandonedBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        List<(string Id, DateTimeOffset Last)> old;
        lock (_gate)
        {
            old = [.. _conversations
                .Select(pair => (pair.Key, Last: pair.Value.Max(e => e.At)))
                .Where(pair => pair.Last < before)
                .OrderBy(pair => pair.Last.UtcTicks)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)];
        }

        var abandoned = new List<string>();
        foreach (var (id, _) in old)
        {
            if (abandoned.Count == max)
            {
                break;
            }

            if (cases is null || (await cases.FindByConversationAsync(id, cancellationToken).ConfigureAwait(false)).Count == 0)
            {
                abandoned.Add(id);
            }
        }

        return abandoned;
    }
}
