using System.Globalization;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// Brings one group of tables to its newest schema, like <c>SqliteMigrator</c>: inside one transaction, every migration
/// after the version recorded in the group's version table. A transaction-scoped advisory lock makes processes that
/// start at the same moment take turns, so none sees a half-created table or applies a migration twice.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>One key for every group ("IntakeBo"): migrations are rare and short, so sharing the lock costs nothing.</summary>
    private const long LockKey = 0x496E74616B65426F;

    /// <exception cref="InvalidOperationException">The database is newer than this build.</exception>
    public static async Task EnsureCurrentAsync(NpgsqlConnection connection, string database, PostgresMigrations migrations, CancellationToken cancellationToken)
    {
        var table = migrations.VersionTable;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({LockKey});"), cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {table} (version INTEGER PRIMARY KEY NOT NULL);", cancellationToken).ConfigureAwait(false);
        await using (var select = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {table};", connection))
        {
            var version = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > migrations.Steps.Count)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL database {database} has schema version {version} in {table}, newer than this build knows ({migrations.Steps.Count}). Upgrade the bot.");
            }

            for (var next = version; next < migrations.Steps.Count; next++)
            {
                await ExecuteAsync(connection, migrations.Steps[next], cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO {table} (version) VALUES ({next + 1});"), cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
