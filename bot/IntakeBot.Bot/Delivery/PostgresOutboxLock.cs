using IntakeBot.Storage.Postgres;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// The outbox lock of instances on one PostgreSQL database: a session-level advisory lock on a dedicated connection
/// (<see cref="PostgresAdvisoryLock"/>). The instance holding it runs the passes; the others skip theirs. When the
/// holder stops, crashes or loses its connection, the lock is free and the next instance to try takes it over.
/// </summary>
internal sealed class PostgresOutboxLock(string connectionString) : IOutboxLock, IAsyncDisposable
{
    /// <summary>The advisory lock key ("IBOutbox"), distinct from the migration lock.</summary>
    public const long Key = 0x49424F7574626F78;

    /// <summary>The application name of the lock's connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "IntakeBot outbox lock";

    private readonly PostgresAdvisoryLock _lock = new(connectionString, Key, ApplicationName);

    /// <summary>The server process id of the lock's connection, or null when not connected.</summary>
    public int? BackendProcessId => _lock.BackendProcessId;

    public Task<bool> TryHoldAsync(CancellationToken cancellationToken) => _lock.TryHoldAsync(cancellationToken);

    public ValueTask DisposeAsync() => _lock.DisposeAsync();
}
