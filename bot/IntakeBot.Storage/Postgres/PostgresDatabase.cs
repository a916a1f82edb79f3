using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database, shared by the PostgreSQL stores of a process: a pooled <see cref="NpgsqlDataSource"/> built
/// from the connection string, with each group of tables created or migrated on its first use.
/// </summary>
/// <remarks>
/// Several processes (bot instances) may use one database at once: migrations take an advisory lock, and the stores
/// keep their invariants with transactions and row locks. Errors name the host and database, never the password.
/// </remarks>
public sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _current = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private volatile bool _disposed;

    /// <summary>Creates the pool. Nothing is connected until a store is first used.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=intakebot;Username=bot;Password=...</c>.</param>
    /// <exception cref="ArgumentNullException">The connection string is null.</exception>
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed or names no host.</exception>
    public PostgresDatabase(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception error) when (error is ArgumentException or FormatException)
        {
            // The driver's message names the setting, not the text, so no password can leak into logs.
            throw new InvalidOperationException($"The PostgreSQL connection string is not valid: {error.Message}", error);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new InvalidOperationException("The PostgreSQL connection string names no Host.");
        }

        var database = builder.Database ?? builder.Username ?? "(default)";
        Description = string.Create(CultureInfo.InvariantCulture, $"'{database}' on {builder.Host}:{builder.Port}");
        _connectionString = builder.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The database and server as configured, for messages: e.g. <c>'intakebot' on db.example.org:5432</c>.</summary>
    public string Description { get; }

    /// <summary>Closes every pooled connection; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        _dataSource.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> on a pooled connection after bringing <paramref name="migrations"/> up to date.</summary>
    /// <exception cref="InvalidOperationException">The server cannot be reached or the statement failed; the message names the database.</exception>
    internal async Task<T> RunAsync<T>(PostgresMigrations migrations, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await EnsureCurrentAsync(migrations, cancellationToken).ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw Describe(error);
        }
    }

    /// <summary>As <see cref="RunAsync{T}"/>, in one transaction that commits when <paramref name="work"/> returns and rolls back when it throws.</summary>
    internal Task<T> InTransactionAsync<T>(PostgresMigrations migrations, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        InTransactionAsync(migrations, IsolationLevel.Unspecified, work, cancellationToken);

    /// <summary>As <see cref="InTransactionAsync{T}(PostgresMigrations, Func{NpgsqlConnection, CancellationToken, Task{T}}, CancellationToken)"/> at <paramref name="isolation"/>.</summary>
    internal Task<T> InTransactionAsync<T>(PostgresMigrations migrations, IsolationLevel isolation, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(
            migrations,
            async (connection, token) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(isolation, token).ConfigureAwait(false);
                var result = await work(connection, token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return result;
            },
            cancellationToken);

    /// <summary>Whether <paramref name="connectionString"/> names the same server, database and settings as this pool (false when it does not parse).</summary>
    public bool Serves(string connectionString)
    {
        try
        {
            return string.Equals(new NpgsqlConnectionStringBuilder(connectionString).ConnectionString, _connectionString, StringComparison.Ordinal);
        }
        catch (Exception error) when (error is ArgumentException or FormatException)
        {
            return false;
        }
    }

    private InvalidOperationException Describe(NpgsqlException error) =>
        new($"The PostgreSQL database {Description} failed: {error.Message}", error);

    private async Task EnsureCurrentAsync(PostgresMigrations migrations, CancellationToken cancellationToken)
    {
        if (_current.ContainsKey(migrations.VersionTable))
        {
            return;
        }

        if (migrations.Requires is { } required)
        {
            await EnsureCurrentAsync(required, cancellationToken).ConfigureAwait(false);
        }

        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_current.ContainsKey(migrations.VersionTable))
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await PostgresMigrator.EnsureCurrentAsync(connection, Description, migrations, cancellationToken).ConfigureAwait(false);
                _current[migrations.VersionTable] = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }
}
