using System.Data;
using System.Globalization;
using IntakeBot.Storage.Postgres;
using Npgsql;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The casework tables on PostgreSQL: a pooled data source, migrations under an advisory lock on first use, writes in
/// READ COMMITTED transactions that lock the rows they change, reads in REPEATABLE READ snapshots. Errors name the
/// host and database, never the password.
/// </summary>
internal sealed class PostgresCaseworkDatabase : CaseworkDatabase
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private readonly string _description;
    private volatile bool _migrated;
    private volatile bool _disposed;

    public PostgresCaseworkDatabase(string connectionString)
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

        _description = string.Create(CultureInfo.InvariantCulture, $"'{builder.Database ?? builder.Username ?? "(default)"}' on {builder.Host}:{builder.Port}");
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    internal override CaseworkDialect Dialect => CaseworkDialect.Postgres;

    public override void Dispose()
    {
        _disposed = true;
        _dataSource.Dispose();
    }

    internal override Task<T> WriteAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(IsolationLevel.ReadCommitted, work, cancellationToken);

    internal override Task<T> ReadAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(IsolationLevel.RepeatableRead, work, cancellationToken);

    private async Task<T> RunAsync<T>(IsolationLevel isolation, Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
            var result = await work(new CaseworkSession(connection, CaseworkDialect.Postgres), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (NpgsqlException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The PostgreSQL database {_description} failed: {error.Message}", error);
        }
    }

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                // The register reads the intake's cases table, so that group migrates first (a no-op when current).
                await PostgresMigrator.EnsureCurrentAsync(connection, _description, PostgresSchema.Migrations, cancellationToken).ConfigureAwait(false);
                await PostgresCaseworkSchema.EnsureCurrentAsync(connection, _description, cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }
}
