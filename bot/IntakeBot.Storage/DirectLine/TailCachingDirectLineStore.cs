namespace IntakeBot.Storage.DirectLine;

/// <summary>
/// An <see cref="IDirectLineStore"/> that answers reads of a log's newest records from <see cref="DirectLineTails"/>,
/// filled by the appends that pass through it, and reads the inner store for everything else.
/// </summary>
/// <remarks>
/// Correct only when every append to the log passes through this instance: one process owns the store, as with
/// SQLite (one process per file). An append by another process would not be seen, so scale-out on PostgreSQL uses the
/// inner store directly. Appends to one conversation that overlap leave no tail (their commit order is not known
/// here); an append that throws may still have committed, so it drops the tail too; retention drops every tail.
/// </remarks>
public sealed class TailCachingDirectLineStore(IDirectLineStore inner, DirectLineTails tails) : IDirectLineStore, IDisposable
{
    /// <summary>The store underneath.</summary>
    public IDirectLineStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The cached tails.</summary>
    public DirectLineTails Tails { get; } = tails ?? throw new ArgumentNullException(nameof(tails));

    /// <inheritdoc />
    public async Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var created = await Inner.CreateConversationAsync(conversationId, userId, now, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            Tails.Created(conversationId);
        }

        return created;
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Inner.GetConversationAsync(conversationId, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await AppendThroughTailAsync(conversationId, async () => await Inner.AppendAsync(conversationId, entries, now, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false))!;

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        AppendThroughTailAsync(conversationId, () => Inner.AppendIfOpenAsync(conversationId, entries, now, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Tails.TryRead(conversationId, afterSequence, maxCount) is { } cached
            ? Task.FromResult(cached)
            : Inner.ReadAsync(conversationId, afterSequence, maxCount, cancellationToken);
    }

    /// <inheritdoc />
    public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Inner.EndConversationAsync(conversationId, cancellationToken);

    /// <inheritdoc />
    public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default) => Inner.SaveFileAsync(file, cancellationToken);

    /// <inheritdoc />
    public Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default) =>
        Inner.GetFileAsync(conversationId, fileId, cancellationToken);

    /// <inheritdoc />
    public async Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Inner.DeleteInactiveAsync(cutoff, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Tails.Clear();
        }
    }

    private async Task<IReadOnlyList<DirectLineRecord>?> AppendThroughTailAsync(string conversationId, Func<Task<IReadOnlyList<DirectLineRecord>?>> append)
    {
        Tails.Begin(conversationId);
        IReadOnlyList<DirectLineRecord>? outcome = null;
        try
        {
            var records = await append().ConfigureAwait(false);
            // Null from the inner store: refused because the conversation has ended; nothing was appended.
            outcome = records ?? [];
            return records;
        }
        finally
        {
            // Still null: the append threw, perhaps after it committed, so the tail is dropped.
            Tails.Complete(conversationId, outcome);
        }
    }

    /// <summary>Disposes the inner store.</summary>
    public void Dispose() => (Inner as IDisposable)?.Dispose();
}
