using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// The one writer connection of a SQLite file, shared by every store on it, with group commit: a loop drains the
/// queue of write requests and runs as many as are waiting (up to <see cref="MaxBatch"/>) in one
/// <c>BEGIN IMMEDIATE</c> transaction, each under its own savepoint, and completes their callers only after the
/// <c>COMMIT</c>. A request that throws is rolled back to its savepoint and fails alone; a batch whose transaction or
/// commit fails fails every request in it. Requests run in the order they were queued.
/// </summary>
/// <remarks>
/// Stores on one file used to have a writer connection each, so they contended for SQLite's write lock and slept in
/// its busy handler. One writer per file removes that contention inside the process; the write lock and busy timeout
/// still order this writer against other processes. Disposing flushes: queued requests are written first.
/// </remarks>
internal sealed class SqliteFileWriter : IDisposable
{
    /// <summary>The most requests committed in one transaction, so one commit never holds the lock for long.</summary>
    public const int MaxBatch = 256;

    private readonly SqliteConnectionFactory _connections;
    private readonly Channel<SqliteWriteRequest> _queue = Channel.CreateUnbounded<SqliteWriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<SqliteWriteRequest> _carried = [];
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private SqliteCheckpointer? _checkpointer;
    private SqliteCommand[] _commands = [];
    private int _generation;

    public SqliteFileWriter(SqliteConnectionFactory connections)
    {
        _connections = connections;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The database file as configured, for error messages.</summary>
    public string DataSource => _connections.DataSource;

    /// <summary>The connection factory of the file, for readers.</summary>
    public SqliteConnectionFactory Connections => _connections;

    /// <summary>Queues <paramref name="request"/>.</summary>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void Enqueue(SqliteWriteRequest request, object owner)
    {
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(owner.GetType().FullName);
        }
    }

    /// <summary>Writes what is queued, then closes the connection.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
    }

    private async Task RunAsync()
    {
        var batch = new List<SqliteWriteRequest>(MaxBatch);
        try
        {
            while (_carried.Count > 0 || await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                batch.AddRange(_carried);
                _carried.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request))
                {
                    if (request.TryTake())
                    {
                        batch.Add(request);
                    }
                }

                if (batch.Count > 0)
                {
                    await WriteAsync(batch).ConfigureAwait(false);
                    batch.Clear();
                }
            }
        }
        finally
        {
            // The checkpointer's connection closes first, so that the writer's is the last and checkpoints the rest.
            _checkpointer?.Dispose();
            Drop();
        }
    }

    private async Task WriteAsync(List<SqliteWriteRequest> batch)
    {
        SqliteConnection connection;
        try
        {
            connection = Connection();
        }
        catch (Exception error)
        {
            FailAll(batch, Translate(error));
            return;
        }

        var ready = new List<SqliteWriteRequest>(batch.Count);
        foreach (var request in batch)
        {
            try
            {
                request.Prepare(connection, _generation);
                ready.Add(request);
            }
            catch (Exception error)
            {
                request.Fail(Translate(error));
            }
        }

        if (ready.Count == 0)
        {
            return;
        }

        var (begin, commit, savepoint, release, rollbackTo) = (_commands[0], _commands[1], _commands[2], _commands[3], _commands[4]);
        try
        {
            begin.ExecuteNonQuery();
        }
        catch (SqliteException error)
        {
            Drop();
            FailAll(ready, Translate(error));
            return;
        }

        var written = new List<SqliteWriteRequest>(ready.Count);
        for (var i = 0; i < ready.Count; i++)
        {
            var request = ready[i];
            try
            {
                savepoint.ExecuteNonQuery();
                await request.RunAsync().ConfigureAwait(false);
                release.ExecuteNonQuery();
                written.Add(request);
            }
            catch (Exception error)
            {
                if (!TryRollBack(rollbackTo, connection))
                {
                    // The transaction is gone (SQLite rolled it back, or the connection broke): what ran in it is
                    // lost, so those callers fail too; requests that did not run yet get a fresh transaction.
                    var failure = Translate(error);
                    request.Fail(failure);
                    FailAll(written, failure);
                    _carried.AddRange(ready.Skip(i + 1));
                    Drop();
                    return;
                }

                request.Fail(Translate(error));
            }
        }

        try
        {
            commit.ExecuteNonQuery();
        }
        catch (SqliteException error)
        {
            Drop();
            FailAll(written, Translate(error));
            return;
        }

        _checkpointer?.Committed();
        foreach (var request in written)
        {
            request.Succeed();
        }
    }

    private static bool TryRollBack(SqliteCommand rollbackTo, SqliteConnection connection)
    {
        try
        {
            rollbackTo.ExecuteNonQuery();
            return raw.sqlite3_get_autocommit(connection.Handle) == 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static void FailAll(IEnumerable<SqliteWriteRequest> requests, Exception error)
    {
        foreach (var request in requests)
        {
            request.Fail(error);
        }
    }

    private Exception Translate(Exception error) =>
        error is SqliteException sqlite ? SqliteStorageErrors.Describe(sqlite, _connections.DataSource) : error;

    private SqliteConnection Connection()
    {
        if (_connection is { } open)
        {
            return open;
        }

        var connection = _connections.Open();
        try
        {
            SqliteSchema.EnsureCurrent(connection, _connections.DataSource);
            // The checkpointer thread does most of the copying; this connection checkpoints only when the log gets long.
            using (var threshold = connection.CreateCommand())
            {
                threshold.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {SqliteCheckpointer.WriterThreshold};");
                threshold.ExecuteNonQuery();
            }

            _checkpointer ??= new SqliteCheckpointer(_connections);
            // IMMEDIATE takes the write lock up front: a transaction that reads first could not upgrade against another process.
            _commands = [.. new[] { "BEGIN IMMEDIATE;", "COMMIT;", "SAVEPOINT request;", "RELEASE request;", "ROLLBACK TO request; RELEASE request;" }.Select(sql => Prepare(connection, sql))];
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _generation++;
        _connection = connection;
        return connection;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private void Drop()
    {
        _connection?.Dispose();
        _connection = null;
        _commands = [];
    }
}
