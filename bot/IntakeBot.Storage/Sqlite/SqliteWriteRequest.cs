using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// One caller's write, queued for <see cref="SqliteFileWriter"/>: prepared outside the batch's transaction (a store
/// opens its session and migrates its tables there), run inside it, and completed only after the batch committed.
/// </summary>
internal abstract class SqliteWriteRequest
{
    private const int Pending = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;
    private int _state;

    /// <summary>Claims the request for a batch; false when its caller gave up (cancelled) while it waited.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Pending) == Pending;

    /// <summary>Called once per batch, before the transaction begins.</summary>
    public abstract void Prepare(SqliteConnection connection, int generation);

    /// <summary>Runs the work inside the batch's transaction (under its own savepoint).</summary>
    public abstract ValueTask RunAsync();

    /// <summary>Hands the result to the caller: the batch committed.</summary>
    public abstract void Succeed();

    /// <summary>Hands the error to the caller: nothing of this request was committed.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Gives up a request nobody took yet; true when the caller may be told it was cancelled.</summary>
    protected bool TryCancel() => Interlocked.CompareExchange(ref _state, Cancelled, Pending) == Pending;
}
