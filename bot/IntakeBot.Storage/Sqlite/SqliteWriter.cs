using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// A store's single writer connection: one write at a time, opened (and the schema brought up to date) on first use,
/// dropped and reopened after a failure. Several stores on one file each have their own writer; SQLite's write lock
/// and busy timeout order them, exactly as for several processes.
/// </summary>
internal sealed class SqliteWriter<TSession>(SqliteConnectionFactory connections, Func<SqliteConnection, TSession> open, object owner) : IDisposable
    where TSession : class, ISqliteSession
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TSession? _session;
    private volatile bool _started;
    private volatile bool _disposed;

    /// <summary>True once the file has been opened and migrated by this writer.</summary>
    public bool Started => _started;

    /// <summary>Runs <paramref name="work"/> on the writer session, alone.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task<T> RunAsync<T>(Func<TSession, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = Session();
            try
            {
                return work(session);
            }
            catch (SqliteException error)
            {
                Drop();
                throw SqliteStorageErrors.Describe(error, connections.DataSource);
            }
            finally
            {
                if (_session is { Broken: true })
                {
                    Drop();
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs asynchronous <paramref name="work"/> on the writer session, alone until it completes (for code written once
    /// over <c>DbConnection</c> for SQLite and PostgreSQL; SQLite's async calls complete synchronously).
    /// </summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task<T> RunAwaitingAsync<T>(Func<TSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = Session();
            try
            {
                return await work(session).ConfigureAwait(false);
            }
            catch (SqliteException error)
            {
                Drop();
                throw SqliteStorageErrors.Describe(error, connections.DataSource);
            }
            finally
            {
                if (_session is { Broken: true })
                {
                    Drop();
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Opens the file and migrates the schema unless done already, so that readers find the tables.</summary>
    public Task EnsureStartedAsync(CancellationToken cancellationToken) =>
        _started ? Task.CompletedTask : RunAsync(static _ => true, cancellationToken);

    /// <summary>Closes the connection after the write in progress; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _gate.Wait();
        try
        {
            _disposed = true;
            Drop();
        }
        finally
        {
            _gate.Release();
        }
    }

    private TSession Session()
    {
        ObjectDisposedException.ThrowIf(_disposed, owner);
        if (_session is { } session)
        {
            return session;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = connections.Open();
            SqliteSchema.EnsureCurrent(connection, connections.DataSource);
            _session = open(connection);
            _started = true;
            return _session;
        }
        catch (SqliteException error)
        {
            connection?.Dispose();
            throw SqliteStorageErrors.Describe(error, connections.DataSource);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private void Drop()
    {
        _session?.Dispose();
        _session = null;
    }
}
