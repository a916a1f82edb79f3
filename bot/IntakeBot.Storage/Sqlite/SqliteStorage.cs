using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Durable <see cref="IStorage"/> in one SQLite file (WAL journal), safe for concurrent use from many threads and
/// from several processes sharing the file.
/// </summary>
/// <remarks>
/// Writes go through the file's writer connection (shared with the other stores when built on a
/// <see cref="SqliteDatabase"/>), each under a savepoint of a <c>BEGIN IMMEDIATE</c> transaction that may group
/// several callers' writes: a write checks every eTag and writes every item, or rolls back to its savepoint and throws
/// <see cref="ETagConflictException"/>; it returns once the transaction committed. Reads use a small
/// pool of reader connections and never wait for a write in progress. The tables are created or migrated on first use.
/// </remarks>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoETags = new Dictionary<string, string>();
    private readonly SqliteWriter<SqliteWriteSession> _writer;
    private readonly SqliteReaderPool<SqliteReadSession> _readers;
    private volatile bool _disposed;

    /// <summary>Creates the store. The file is opened, and the tables created, on first use.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteStorage(SqliteStorageOptions options)
        : this(new SqliteConnectionFactory(options), null)
    {
    }

    /// <summary>Creates the store on <paramref name="database"/>, writing through its shared writer.</summary>
    public SqliteStorage(SqliteDatabase database)
        : this((database ?? throw new ArgumentNullException(nameof(database))).Connections, database.Writer)
    {
    }

    private SqliteStorage(SqliteConnectionFactory connections, SqliteFileWriter? shared)
    {
        var etags = new ETagGenerator();
        _writer = new SqliteWriter<SqliteWriteSession>(shared ?? new SqliteFileWriter(connections), shared is null, connection => new SqliteWriteSession(connection, etags), this);
        _readers = new SqliteReaderPool<SqliteReadSession>(connections, connection => new SqliteReadSession(connection));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file cannot be opened or is not a SQLite database; the message names it.</exception>
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.Started ? Task.FromResult(Read(keys)) : StartThenReadAsync(keys, cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            StorageKeys.Validate(key, nameof(changes));
            ArgumentNullException.ThrowIfNull(item, nameof(changes));
        }

        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (changes.Count == 0)
        {
            return NoETags;
        }

        return await _writer.RunAsync(writer => writer.Write(changes), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (keys.Count == 0)
        {
            return;
        }

        await _writer.RunAsync(
            writer =>
            {
                writer.Delete(keys);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every connection. Writes in progress finish first; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        _writer.Dispose();
        _readers.Close();
    }

    private async Task<IReadOnlyDictionary<string, StoreItem>> StartThenReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await _writer.EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        return Read(keys);
    }

    private IReadOnlyDictionary<string, StoreItem> Read(IReadOnlyCollection<string> keys)
    {
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        return _readers.Read(session =>
        {
            session.ReadInto(keys, found);
            return found;
        });
    }
}
