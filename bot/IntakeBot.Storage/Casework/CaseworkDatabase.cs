using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The database that holds the staff side of cases (handling data, timeline, anonymous facts, transcripts, deliveries,
/// audit) next to the intake's <c>cases</c> table: a SQLite file or a PostgreSQL server. One instance is shared by the
/// casework stores of a process. The casework tables have their own migrations (version table
/// <c>casework_schema_version</c>) and are created on first use.
/// </summary>
public abstract class CaseworkDatabase : IDisposable
{
    private protected CaseworkDatabase()
    {
    }

    internal abstract CaseworkDialect Dialect { get; }

    /// <summary>The casework tables in a SQLite file, normally the file of the state and case stores.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public static CaseworkDatabase Sqlite(SqliteStorageOptions options) => new SqliteCaseworkDatabase(options);

    /// <summary>The casework tables in the SQLite file of <paramref name="database"/>, written through its shared writer.</summary>
    public static CaseworkDatabase Sqlite(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new SqliteCaseworkDatabase(database);
    }

    /// <summary>
    /// The casework tables on a PostgreSQL server, on a pool of their own (the intake's tables are migrated too). A host
    /// that has a <see cref="PostgresDatabase"/> for the same database uses <see cref="Postgres(PostgresDatabase)"/> instead.
    /// </summary>
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed or names no host.</exception>
    public static CaseworkDatabase Postgres(string connectionString) => new PostgresCaseworkDatabase(new PostgresDatabase(connectionString), ownsDatabase: true);

    /// <summary>
    /// The casework tables on the pool of <paramref name="database"/>, shared with the intake stores (one pool per
    /// database). Disposing the casework database leaves <paramref name="database"/> open: its owner disposes it.
    /// </summary>
    public static CaseworkDatabase Postgres(PostgresDatabase database) => new PostgresCaseworkDatabase(database, ownsDatabase: false);

    /// <summary>Closes every connection; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public abstract void Dispose();

    /// <summary>Runs <paramref name="work"/> in a write transaction: all of it commits, or none.</summary>
    internal abstract Task<T> WriteAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction, so several statements see one snapshot.</summary>
    internal abstract Task<T> ReadAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
