using System.Data;
using IntakeBot.Storage.Postgres;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The casework tables on PostgreSQL, on the pool of a <see cref="PostgresDatabase"/> (normally the host's, shared with
/// the intake stores: one pool per database), migrated on first use after the intake's tables. Writes run in READ
/// COMMITTED transactions that lock the rows they change, reads in REPEATABLE READ snapshots.
/// </summary>
internal sealed class PostgresCaseworkDatabase : CaseworkDatabase
{
    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;
    private volatile bool _disposed;

    /// <param name="database">The pool to run on.</param>
    /// <param name="ownsDatabase">Whether disposing this disposes <paramref name="database"/> (false when it is shared).</param>
    public PostgresCaseworkDatabase(PostgresDatabase database, bool ownsDatabase)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    internal override CaseworkDialect Dialect => CaseworkDialect.Postgres;

    public override void Dispose()
    {
        _disposed = true;
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    internal override Task<T> WriteAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(IsolationLevel.ReadCommitted, work, cancellationToken);

    internal override Task<T> ReadAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(IsolationLevel.RepeatableRead, work, cancellationToken);

    private Task<T> RunAsync<T>(IsolationLevel isolation, Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _database.InTransactionAsync(
            PostgresCaseworkSchema.Migrations,
            isolation,
            (connection, token) => work(new CaseworkSession(connection, CaseworkDialect.Postgres), token),
            cancellationToken);
    }
}
