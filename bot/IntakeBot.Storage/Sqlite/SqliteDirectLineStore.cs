using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Durable <see cref="IDirectLineStore"/> in a SQLite file (WAL), normally the same file as <see cref="SqliteStorage"/>,
/// so that clients can reconnect after a restart of the host.
/// </summary>
/// <remarks>
/// Writes go through the file's writer (group commit, see <see cref="SqliteFileWriter"/>), each in the writer's
/// <c>BEGIN IMMEDIATE</c> transaction so that sequence numbers stay gap-free and unique even with several processes on
/// one file; an append returns once it committed. Reads (polls, conversation look-ups, files) use pooled reader
/// connections and never wait for a write. The tables are created on first use.
/// </remarks>
public sealed class SqliteDirectLineStore : IDirectLineStore, IDisposable
{
    private readonly SqliteWriter<SqliteSession> _writer;
    private readonly SqliteReaderPool<SqliteSession> _readers;
    private volatile bool _disposed;

    /// <summary>Creates the store. The file is opened, and the tables created, on first use.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteDirectLineStore(SqliteStorageOptions options)
        : this(new SqliteConnectionFactory(options), null)
    {
    }

    /// <summary>Creates the store on <paramref name="database"/>, writing through its shared writer.</summary>
    public SqliteDirectLineStore(SqliteDatabase database)
        : this((database ?? throw new ArgumentNullException(nameof(database))).Connections, database.Writer)
    {
    }

    private SqliteDirectLineStore(SqliteConnectionFactory connections, SqliteFileWriter? shared)
    {
        _writer = new SqliteWriter<SqliteSession>(
            shared ?? new SqliteFileWriter(connections),
            shared is null,
            connection =>
            {
                SqliteDirectLineSchema.EnsureCurrent(connection, connections.DataSource);
                return new SqliteSession(connection);
            },
            this);
        _readers = new SqliteReaderPool<SqliteSession>(connections, connection => new SqliteSession(connection));
    }

    /// <inheritdoc />
    public Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return WriteAsync(
            statements => statements.Execute(
                "INSERT INTO directline_conversations (id, user_id, created_at, last_activity_at, last_sequence, ended) VALUES ($id, $user, $now, $now, 0, 0) ON CONFLICT (id) DO NOTHING;",
                ("$id", conversationId),
                ("$user", userId),
                ("$now", now.UtcTicks)) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        ReadAsync(statements => SqliteDirectLineCommands.ReadConversation(statements, conversationId), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return WriteAsync(statements => SqliteDirectLineCommands.Append(statements, conversationId, entries, now, refuseIfEnded: false)!, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return WriteAsync(statements => SqliteDirectLineCommands.Append(statements, conversationId, entries, now, refuseIfEnded: true), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
        ReadAsync(statements => SqliteDirectLineCommands.ReadRecords(statements, conversationId, afterSequence, maxCount), cancellationToken);

    /// <inheritdoc />
    public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        WriteAsync(
            statements => statements.Execute("UPDATE directline_conversations SET ended = 1 WHERE id = $id;", ("$id", conversationId)),
            cancellationToken);

    /// <inheritdoc />
    public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return WriteAsync(statements => SqliteDirectLineCommands.SaveFile(statements, file), cancellationToken);
    }

    /// <inheritdoc />
    public Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default) =>
        ReadAsync(statements => SqliteDirectLineCommands.ReadFile(statements, conversationId, fileId), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        WriteAsync(statements => SqliteDirectLineCommands.DeleteInactive(statements, cutoff), cancellationToken);

    /// <summary>Closes the connections after the writes in progress; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        _writer.Dispose();
        _readers.Close();
    }

    private Task<T> WriteAsync<T>(Func<SqliteStatements, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.RunAsync(session => work(session.Statements), cancellationToken);
    }

    private async Task<T> ReadAsync<T>(Func<SqliteStatements, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_writer.Started)
        {
            await _writer.EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        }

        return _readers.Read(session => work(session.Statements));
    }
}
