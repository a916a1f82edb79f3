namespace IntakeBot.Storage.Sqlite;

/// <summary>The SQLite <c>synchronous</c> setting, which decides what a committed write survives (the store always uses WAL).</summary>
public enum SqliteSynchronousMode
{
    /// <summary>
    /// <c>NORMAL</c>: a commit survives a crash or kill of the process, but the last commits before a power loss or
    /// operating-system crash can be rolled back (the database itself stays consistent). No fsync per commit.
    /// </summary>
    Normal = 1,

    /// <summary><c>FULL</c>: every commit is flushed to disk (fsync) before it returns, so it also survives power loss. Slower.</summary>
    Full = 2,
}
