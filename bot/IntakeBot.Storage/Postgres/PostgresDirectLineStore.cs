using IntakeBot.Storage.DirectLine;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// Durable <see cref="IDirectLineStore"/> in PostgreSQL, for several bot instances sharing one database: a client may
/// post to one instance and read (or reconnect) through another.
/// </summary>
/// <remarks>
/// An append locks the conversation's row (<c>SELECT … FOR UPDATE</c>) in its transaction, takes the next sequence
/// numbers from it, inserts the activities and moves the watermark before it commits. Appenders in any process take
/// turns on that lock, so sequence numbers stay gap-free and unique, and a reader never sees a later activity without
/// the earlier ones. Retention deletes wait on the same lock, so an append is never lost to a delete running alongside it.
/// Each append also sends <see cref="PostgresDirectLineNotifications.Channel"/> (delivered at commit), which wakes the
/// conversation's sockets on every instance.
/// </remarks>
public sealed class PostgresDirectLineStore : IDirectLineStore
{
    private readonly PostgresDatabase _database;

    /// <summary>Creates the store on <paramref name="database"/>; the tables are created on first use.</summary>
    public PostgresDirectLineStore(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public async Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var created = await RunAsync(
            (connection, token) => PostgresCommands.ExecuteAsync(
                connection,
                "INSERT INTO directline_conversations (id, user_id, created_at, last_activity_at, last_sequence, ended) VALUES (@id, @user, @now, @now, 0, 0) ON CONFLICT (id) DO NOTHING;",
                token,
                ("id", conversationId),
                ("user", userId),
                ("now", now.UtcTicks)),
            cancellationToken).ConfigureAwait(false);
        return created == 1;
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return RunAsync((connection, token) => PostgresDirectLineCommands.ReadConversationAsync(connection, conversationId, forUpdate: false, token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await AppendAsync(conversationId, entries, now, refuseIfEnded: false, cancellationToken).ConfigureAwait(false))!;

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        AppendAsync(conversationId, entries, now, refuseIfEnded: true, cancellationToken);

    private Task<IReadOnlyList<DirectLineRecord>?> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, bool refuseIfEnded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(entries);
        return _database.InTransactionAsync(
            PostgresDirectLineSchema.Migrations,
            async (connection, token) =>
            {
                var records = await PostgresDirectLineCommands.AppendAsync(connection, conversationId, entries, now, refuseIfEnded, token).ConfigureAwait(false);
                if (records is { Count: > 0 })
                {
                    // Delivered at commit to every instance listening, so a socket on another instance wakes up too.
                    await PostgresDirectLineNotifications.NotifyAsync(connection, conversationId, token).ConfigureAwait(false);
                }

                return records;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return await RunAsync(
            (connection, token) => PostgresCommands.ListAsync(
                connection,
                "SELECT sequence, type, json FROM directline_activities WHERE conversation_id = @conversation AND sequence > @after ORDER BY sequence LIMIT @limit;",
                row => new DirectLineRecord(row.GetInt64(0), PostgresCommands.Text(row, 1), PostgresCommands.Text(row, 2)),
                token,
                ("conversation", conversationId),
                ("after", afterSequence),
                ("limit", Math.Max(maxCount, 0))),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return RunAsync(
            (connection, token) => PostgresCommands.ExecuteAsync(connection, "UPDATE directline_conversations SET ended = 1 WHERE id = @id;", token, ("id", conversationId)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = file.Content.ToArray();
        return _database.InTransactionAsync(
            PostgresDirectLineSchema.Migrations,
            (connection, token) => PostgresDirectLineCommands.SaveFileAsync(connection, file, content, token),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(fileId);
        var found = await RunAsync(
            (connection, token) => PostgresCommands.ListAsync(
                connection,
                "SELECT content_type, name, content FROM directline_files WHERE conversation_id = @conversation AND id = @id;",
                row => new DirectLineFile(conversationId, fileId, PostgresCommands.Text(row, 0), PostgresCommands.TextOrNull(row, 1), row.GetFieldValue<byte[]>(2)),
                token,
                ("conversation", conversationId),
                ("id", fileId)),
            cancellationToken).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    /// <inheritdoc />
    public Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.InTransactionAsync(
            PostgresDirectLineSchema.Migrations,
            (connection, token) => PostgresDirectLineCommands.DeleteInactiveAsync(connection, cutoff, token),
            cancellationToken);

    private Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _database.RunAsync(PostgresDirectLineSchema.Migrations, work, cancellationToken);
}
