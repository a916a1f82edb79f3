using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// A store's way to the file's <see cref="SqliteFileWriter"/>: its work runs on the shared writer connection, on the
/// store's own session (prepared statements, opened and migrated on first use, outside any transaction), inside the
/// writer's transaction; the call returns once that transaction committed. A store built on its own options owns a
/// writer; stores built on one <see cref="SqliteDatabase"/> share its writer.
/// </summary>
internal sealed class SqliteWriter<TSession>(SqliteFileWriter writer, bool ownsWriter, Func<SqliteConnection, TSession> open, object owner) : IDisposable
    where TSession : class, ISqliteSession
{
    // Touched only by the writer loop (Prepare and the work run there, one request at a time).
    private TSession? _session;
    private int _generation = -1;
    private volatile bool _started;
    private volatile bool _disposed;

    /// <summary>A writer of its own on <paramref name="connections"/>'s file.</summary>
    public SqliteWriter(SqliteConnectionFactory connections, Func<SqliteConnection, TSession> open, object owner)
        : this(new SqliteFileWriter(connections), ownsWriter: true, open, owner)
    {
    }

    /// <summary>True once the file has been opened and migrated for this store.</summary>
    public bool Started => _started;

    /// <summary>Runs <paramref name="work"/> on the store's session in the writer's transaction; returns after the commit.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public Task<T> RunAsync<T>(Func<TSession, T> work, CancellationToken cancellationToken) =>
        Enqueue(() => ValueTask.FromResult(work(_session!)), cancellationToken);

    /// <summary>
    /// Runs asynchronous <paramref name="work"/> in the writer's transaction (for code written once over
    /// <c>DbConnection</c> for SQLite and PostgreSQL; SQLite's async calls complete synchronously).
    /// </summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public Task<T> RunAwaitingAsync<T>(Func<TSession, Task<T>> work, CancellationToken cancellationToken) =>
        Enqueue(async () => await work(_session!).ConfigureAwait(false), cancellationToken);

    /// <summary>Opens the file and migrates the schema unless done already, so that readers find the tables.</summary>
    public Task EnsureStartedAsync(CancellationToken cancellationToken) =>
        _started ? Task.CompletedTask : RunAsync(static _ => true, cancellationToken);

    /// <summary>Stops taking work; a writer of its own is flushed and closed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ownsWriter)
        {
            writer.Dispose();
        }
    }

    private Task<T> Enqueue<T>(Func<ValueTask<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, owner);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var request = new SqliteWriteRequestOf<T>(Prepare, work, cancellationToken);
        writer.Enqueue(request, owner);
        return request.Task;
    }

    private void Prepare(SqliteConnection connection, int generation)
    {
        if (_generation == generation && _session is not null)
        {
            return;
        }

        // The session's statements belong to the connection, which the file writer closes when it drops it.
        _session = null;
        _session = open(connection);
        _generation = generation;
        _started = true;
    }
}
