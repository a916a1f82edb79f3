using IntakeBot.Storage.DirectLine;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Durable <see cref="IDirectLineStore"/> in a SQLite file (WAL), normally the same file as <see cref="SqliteStorage"/>,
/// so that clients can reconnect after a restart of the host.
/// </summary>
/// <remarks>
/// One connection, one operation at a time: Direct Line traffic per conversation is a handful of small rows, and
/// each append runs in a <c>BEGIN IMMEDIATE</c> transaction so that sequence numbers stay gap-free and unique even
/// with several processes on one file. The tables are created on first use.
/// </remarks>
public sealed class SqliteDirectLineStore : IDirectLineStore, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private bool _disposed;

    /// <summary>Creates the store. The file is opened, and the tables created, on first use.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteDirectLineStore(SqliteStorageOptions options) => _connections = new SqliteConnectionFactory(options);

    /// <inheritdoc />
    public Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return RunAsync(
            connection => SqliteDirectLineCommands.Execute(
                connection,
                "INSERT INTO directline_conversations (id, user_id, created_at, last_activity_at, last_sequence, ended) VALUES ($id, $user, $now, $now, 0, 0) ON CONFLICT (id) DO NOTHING;",
                ("$id", conversationId),
                ("$user", userId),
                ("$now", now.UtcTicks)) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        RunAsync(connection => SqliteDirectLineCommands.ReadConversation(connection, conversationId), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return RunAsync(connection => InTransaction(connection, () => SqliteDirectLineCommands.Append(connection, conversationId, entries, now)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
        RunAsync(connection => SqliteDirectLineCommands.ReadRecords(connection, conversationId, afterSequence, maxCount), cancellationToken);

    /// <inheritdoc />
    public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        RunAsync(
            connection => SqliteDirectLineCommands.Execute(connection, "UPDATE directline_conversations SET ended = 1 WHERE id = $id;", ("$id", conversationId)),
            cancellationToken);

    /// <inheritdoc />
    public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return RunAsync(connection => InTransaction(connection, () => SqliteDirectLineCommands.SaveFile(connection, file)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default) =>
        RunAsync(connection => SqliteDirectLineCommands.ReadFile(connection, conversationId, fileId), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        RunAsync(connection => InTransaction(connection, () => SqliteDirectLineCommands.DeleteInactive(connection, cutoff)), cancellationToken);

    /// <summary>Closes the connection; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            _connection?.Dispose();
            _connection = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static T InTransaction<T>(SqliteConnection connection, Func<T> work)
    {
        SqliteDirectLineCommands.Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            var result = work();
            SqliteDirectLineCommands.Execute(connection, "COMMIT;");
            return result;
        }
        catch
        {
            try
            {
                SqliteDirectLineCommands.Execute(connection, "ROLLBACK;");
            }
            catch (SqliteException)
            {
            }

            throw;
        }
    }

    private async Task<T> RunAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return work(Connection());
            }
            catch (SqliteException error)
            {
                _connection?.Dispose();
                _connection = null;
                throw SqliteStorageErrors.Describe(error, _connections.DataSource);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteConnection Connection()
    {
        if (_connection is { } open)
        {
            return open;
        }

        var connection = _connections.Open();
        try
        {
            SqliteDirectLineSchema.EnsureCurrent(connection, _connections.DataSource);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _connection = connection;
        return connection;
    }
}
