using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>
/// Creates the Identity tables at start-up (there is no EF tooling in this repository): in one transaction that holds
/// the database's write lock (SQLite BEGIN IMMEDIATE, a PostgreSQL advisory lock), it reads identity_schema_version,
/// runs the model's create script when the tables are missing, records the version and adds the staff roles. Two
/// processes starting at once therefore create the schema exactly once.
/// </summary>
internal static class StaffIdentitySchema
{
    /// <summary>The schema version this code writes; a later model change adds a step for version 2.</summary>
    public const int Version = 1;

    // Any fixed number: it only has to be the same for every IntakeBot process on the database.
    private const long PostgresLockKey = 0x1A7B_0001;

    public static async Task EnsureAsync(StaffIdentityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            if (postgres)
            {
                await ExecuteAsync(connection, dbTransaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey.ToString(CultureInfo.InvariantCulture)})", cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, dbTransaction, "CREATE TABLE IF NOT EXISTS identity_schema_version (version INTEGER NOT NULL)", cancellationToken).ConfigureAwait(false);
            var current = await ScalarAsync(connection, dbTransaction, "SELECT COALESCE(MAX(version), 0) FROM identity_schema_version", cancellationToken).ConfigureAwait(false);
            if (current < Version)
            {
                var usersTable = postgres
                    ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'AspNetUsers'"
                    : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'AspNetUsers'";
                if (await ScalarAsync(connection, dbTransaction, usersTable, cancellationToken).ConfigureAwait(false) == 0)
                {
                    await ExecuteAsync(connection, dbTransaction, db.Database.GenerateCreateScript(), cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, dbTransaction, $"INSERT INTO identity_schema_version (version) VALUES ({Version.ToString(CultureInfo.InvariantCulture)})", cancellationToken).ConfigureAwait(false);
            }

            foreach (var role in StaffRoles.All)
            {
                if (!await db.Roles.AnyAsync(r => r.Name == role, cancellationToken).ConfigureAwait(false))
                {
                    db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
