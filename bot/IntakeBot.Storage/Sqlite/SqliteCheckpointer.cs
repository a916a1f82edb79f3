using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Copies a SQLite file's write-ahead log back into the file on a thread of its own, so that the shared writer
/// rarely has to.
/// </summary>
/// <remarks>
/// <para>
/// SQLite checkpoints automatically inside the commit that takes the log past 1,000 pages: on the writer's thread,
/// copying every page and flushing the disk twice, while every queued write waits. Under load that was about a
/// quarter of the writer's time (docs/benchmarks.md). Now the writer calls <see cref="Committed"/> after each
/// commit, and at most every <see cref="Interval"/> this thread runs a PASSIVE checkpoint on its own connection,
/// which never blocks the writer or the readers.
/// </para>
/// <para>
/// A passive checkpoint cannot reset the log while commits keep arriving, so the writer keeps SQLite's automatic
/// checkpoint with a higher threshold (<see cref="WriterThreshold"/>): when it fires, this thread has already copied
/// nearly everything, the writer copies the rest, and its next transaction starts the log from the beginning again.
/// If this thread fails, that threshold alone keeps the log bounded.
/// </para>
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>The least time between two checkpoints, which bounds the disk flushes they cost when writes are steady.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>The log size, in pages, at which the writer checkpoints itself (SQLite's default is 1,000).</summary>
    public const int WriterThreshold = 16_384;

    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private SqliteConnection? _connection;
    private int _pending;

    public SqliteCheckpointer(SqliteConnectionFactory connections)
    {
        _connections = connections;
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite checkpoint" };
        _thread.Start();
    }

    /// <summary>Says that a transaction committed: a checkpoint follows within <see cref="Interval"/>.</summary>
    public void Committed()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Stops the thread and closes its connection; the file's last connection to close checkpoints the rest.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _connection?.Dispose();
        _signal.Dispose();
        _stop.Dispose();
    }

    private void Run()
    {
        try
        {
            while (true)
            {
                _signal.Wait(_stop.Token);
                Interlocked.Exchange(ref _pending, 0);
                Checkpoint();
                _stop.Token.WaitHandle.WaitOne(Interval);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Checkpoint()
    {
        try
        {
            _connection ??= _connections.Open();
            // BUSY means another checkpoint (the writer's) is running: nothing to do. Any other failure closes the
            // connection, and the next commit tries again on a new one.
            var result = raw.sqlite3_wal_checkpoint_v2(_connection.Handle, "main", raw.SQLITE_CHECKPOINT_PASSIVE, out _, out _);
            if (result is not (raw.SQLITE_OK or raw.SQLITE_BUSY or raw.SQLITE_LOCKED))
            {
                Drop();
            }
        }
        catch (Exception error) when (error is SqliteException or InvalidOperationException)
        {
            Drop();
        }
    }

    private void Drop()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
