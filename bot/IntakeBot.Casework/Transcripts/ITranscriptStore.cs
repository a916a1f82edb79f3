namespace IntakeBot.Casework.Transcripts;

/// <summary>
/// Every activity in and out of a conversation, in order. <see cref="AppendAsync"/> returns only once the entry is
/// durable; entries of one conversation get increasing sequence numbers in the order they were appended. Activity JSON
/// is stored protected (<c>IPersonalDataProtector</c>), because users type names, addresses and what happened to them.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Appends one activity and returns its sequence number within the conversation (1, 2, 3, ...).</summary>
    Task<long> AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="entries"/> in order, all durable together: a turn's incoming activity and its replies cost
    /// one write instead of one each. A store that cannot write them at once appends them one by one.
    /// </summary>
    async Task AppendAllAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            await AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The conversation's entries in order; empty when unknown.</summary>
    Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the conversation's transcript; returns the number of entries deleted.</summary>
    Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Conversations with no case whose last entry is older than <paramref name="before"/> (retention of abandoned chats).</summary>
    Task<IReadOnlyList<string>> AbandonedBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken = default);
}
