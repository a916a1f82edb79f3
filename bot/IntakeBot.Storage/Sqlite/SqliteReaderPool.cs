using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>Idle reader sessions kept open for reuse, so a read costs no open and no statement preparation.</summary>
internal sealed class SqliteReaderPool<TSession>(SqliteConnectionFactory connections, Func<SqliteConnection, TSession> open)
    where TSession : class, IDisposable
{
    private readonly ConcurrentQueue<TSession> _idle = new();
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
    private int _idleCount;
    private volatile bool _closed;

    /// <summary>Runs <paramref name="work"/> on a pooled session; a session that failed is closed, not pooled.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened or read; the message names it.</exception>
    public T Read<T>(Func<TSession, T> work)
    {
        TSession? session = null;
        T result;
        try
        {
            session = Rent();
            result = work(session);
        }
        catch (SqliteException error)
        {
            session?.Dispose();
            throw SqliteStorageErrors.Describe(error, connections.DataSource);
        }
        catch
        {
            session?.Dispose();
            throw;
        }

        Return(session);
        return result;
    }

    /// <exception cref="SqliteException">A new connection could not be opened.</exception>
    public TSession Rent()
    {
        if (_idle.TryDequeue(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        var connection = connections.Open();
        try
        {
            return open(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Takes a healthy session back; a session that failed is disposed by the caller instead.</summary>
    public void Return(TSession session)
    {
        if (_closed)
        {
            session.Dispose();
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            session.Dispose();
            return;
        }

        _idle.Enqueue(session);
        // Close may have run between the check above and the enqueue: nothing may stay open after it.
        if (_closed)
        {
            Close();
        }
    }

    /// <summary>Disposes the idle sessions; sessions still in use are disposed when they come back.</summary>
    public void Close()
    {
        _closed = true;
        while (_idle.TryDequeue(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            session.Dispose();
        }
    }
}
