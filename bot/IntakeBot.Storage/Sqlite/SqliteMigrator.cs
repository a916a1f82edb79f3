using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Brings one group of tables to its newest schema: WAL on, then, inside one BEGIN IMMEDIATE transaction, every
/// migration after the version recorded in <c>versionTable</c>. Migration n brings the group to version n + 1. Each
/// group (state and cases, Direct Line) has its own version table so they migrate independently in one file.
/// </summary>
internal static class SqliteMigrator
{
    public static void EnsureCurrent(SqliteConnection connection, string dataSource, string versionTable, IReadOnlyList<string> migrations)
    {
        // WAL is a property of the file and must be set outside a transaction; it lets readers run while a write commits.
        var mode = Scalar(connection, "PRAGMA journal_mode = WAL;") as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The SQLite database '{dataSource}' could not switch to WAL journal mode (got '{mode}'). Use a file on a local disk.");
        }

        Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            Execute(connection, $"CREATE TABLE IF NOT EXISTS {versionTable} (version INTEGER PRIMARY KEY NOT NULL);");
            var version = Convert.ToInt32(Scalar(connection, $"SELECT COALESCE(MAX(version), 0) FROM {versionTable};"), CultureInfo.InvariantCulture);
            if (version > migrations.Count)
            {
                throw new InvalidOperationException($"The SQLite database '{dataSource}' has schema version {version} in {versionTable}, newer than this build knows ({migrations.Count}). Upgrade the bot.");
            }

            for (var next = version; next < migrations.Count; next++)
            {
                Execute(connection, migrations[next]);
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO {versionTable} (version) VALUES ({next + 1});"));
            }

            Execute(connection, "COMMIT;");
        }
        catch
        {
            // A failed ROLLBACK must not hide the first error; the caller discards this connection anyway.
            try
            {
                Execute(connection, "ROLLBACK;");
            }
            catch (SqliteException)
            {
            }

            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
