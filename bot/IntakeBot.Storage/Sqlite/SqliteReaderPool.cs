using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>Idle reader sessions kept open for reuse, so a read costs no open and no statement preparation.</summary>
internal sealed class SqliteReaderPool(SqliteConnectionFactory connections)
{
    private readonly ConcurrentQueue<SqliteReadSession> _idle = new();
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
    private int _idleCount;
    private volatile bool _closed;

    /// <exception cref="SqliteException">A new connection could not be opened.</exception>
    public SqliteReadSession Rent()
    {
        if (_idle.TryDequeue(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return new SqliteReadSession(connections.Open());
    }

    /// <summary>Takes a healthy session back; a session that failed is disposed by the caller instead.</summary>
    public void Return(SqliteReadSession session)
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
