using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// A session-level PostgreSQL advisory lock on a dedicated connection: at most one holder among all processes on the
/// database. The lock lives exactly as long as the connection, so a holder that crashes or loses its connection loses
/// the lock and another process can take it.
/// </summary>
/// <remarks>Not thread-safe: one caller (a background loop) uses an instance at a time.</remarks>
public sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly long _key;
    private NpgsqlConnection? _connection;

    /// <summary>Prepares the lock; nothing is connected until <see cref="TryHoldAsync"/>.</summary>
    /// <param name="connectionString">The database's Npgsql connection string.</param>
    /// <param name="key">The advisory lock key, the same in every process that competes for it.</param>
    /// <param name="applicationName">Shown in <c>pg_stat_activity</c>, so operators can see which connection holds it.</param>
    public PostgresAdvisoryLock(string connectionString, long key, string applicationName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationName);
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // A pooled connection would go back to the pool still holding the lock; this one is never shared.
            Pooling = false,
            ApplicationName = applicationName,
            // The server notices a dead client, and the client a dead server, within about a minute.
            KeepAlive = 30,
            TcpKeepAlive = true,
        }.ConnectionString;
        _key = key;
    }

    /// <summary>Whether the last <see cref="TryHoldAsync"/> found the lock held by this instance.</summary>
    public bool Held { get; private set; }

    /// <summary>The server process id of the dedicated connection (for diagnostics and tests), or null when not connected.</summary>
    public int? BackendProcessId => _connection?.ProcessID;

    /// <summary>
    /// True when this instance holds the lock: it checks that the connection that holds it is still alive, or (re)connects
    /// and tries to take it without waiting.
    /// </summary>
    /// <exception cref="NpgsqlException">The database cannot be reached; the lock is not held.</exception>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (Held && _connection is not null)
            {
                // A broken connection fails here, and with it the lock is gone.
                await ExecuteScalarAsync(_connection, "SELECT 1;", cancellationToken).ConfigureAwait(false);
                return true;
            }

            Held = false;
            if (_connection is null)
            {
                _connection = new NpgsqlConnection(_connectionString);
                await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key);", _connection);
            command.Parameters.AddWithValue("key", _key);
            Held = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
            return Held;
        }
        catch
        {
            await DropConnectionAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits until this instance holds the lock (or <paramref name="cancellationToken"/> gives up).</summary>
    /// <exception cref="NpgsqlException">The database cannot be reached; the lock is not held.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled; the lock is not held.</exception>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_connection is null)
            {
                _connection = new NpgsqlConnection(_connectionString);
                await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key);", _connection);
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            Held = true;
        }
        catch
        {
            await DropConnectionAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the connection, which releases the lock if it was held.</summary>
    public ValueTask DisposeAsync() => DropConnectionAsync();

    private static async Task ExecuteScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask DropConnectionAsync()
    {
        Held = false;
        var connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
