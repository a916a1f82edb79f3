namespace IntakeBot.Storage.DirectLine;

/// <summary>
/// Keeps Direct Line conversations: their append-only activity logs and uploaded files, so that a client can
/// reconnect with a watermark, also after a restart of the host.
/// </summary>
/// <remarks>
/// Sequence numbers are assigned by the store, per conversation, from 1 without gaps, atomically with the append,
/// so that concurrent appends to one conversation never share a number. Timestamps never go backwards within a
/// conversation: each is at least one millisecond after the previous one.
/// </remarks>
public interface IDirectLineStore
{
    /// <summary>Creates the conversation with an empty log. False when a conversation with that id exists already.</summary>
    Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The conversation, or null when it does not exist (or was removed by retention).</summary>
    Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Appends activities in order and returns their records.</summary>
    /// <exception cref="KeyNotFoundException">The conversation does not exist.</exception>
    Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a user's activities in order unless the conversation has ended, checked in the same transaction as the
    /// append, so that an end committed by another request or instance in between is seen. Null when it has ended.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The conversation does not exist.</exception>
    Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="maxCount"/> records with a sequence above <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Marks the conversation as ended. Nothing happens when it does not exist.</summary>
    Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Saves an uploaded file.</summary>
    /// <exception cref="KeyNotFoundException">The conversation does not exist.</exception>
    Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default);

    /// <summary>The file, or null when this conversation has no file with that id.</summary>
    Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default);

    /// <summary>Removes conversations (with their logs and files) whose last activity is before <paramref name="cutoff"/>. Returns how many.</summary>
    Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
