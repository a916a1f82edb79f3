using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Creates and migrates the Direct Line tables, in the same file as the state store. They keep their own version
/// table, following <see cref="SqliteSchema"/>'s pattern, so that the two stores migrate independently.
/// </summary>
internal static class SqliteDirectLineSchema
{
    /// <summary>Append new migrations at the end; never edit one that has shipped.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE directline_conversations (
            id               TEXT PRIMARY KEY NOT NULL,
            user_id          TEXT NOT NULL,
            created_at       INTEGER NOT NULL,
            last_activity_at INTEGER NOT NULL,
            last_sequence    INTEGER NOT NULL,
            ended            INTEGER NOT NULL
        );
        CREATE INDEX directline_conversations_last_activity ON directline_conversations (last_activity_at);
        CREATE TABLE directline_activities (
            conversation_id TEXT NOT NULL,
            sequence        INTEGER NOT NULL,
            type            TEXT NOT NULL,
            json            TEXT NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        ) WITHOUT ROWID;
        CREATE TABLE directline_files (
            conversation_id TEXT NOT NULL,
            id              TEXT NOT NULL,
            content_type    TEXT NOT NULL,
            name            TEXT NULL,
            content         BLOB NOT NULL,
            PRIMARY KEY (conversation_id, id)
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static void EnsureCurrent(SqliteConnection connection, string dataSource)
    {
        var mode = Scalar(connection, "PRAGMA journal_mode = WAL;") as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The SQLite Direct Line store '{dataSource}' could not switch to WAL journal mode (got '{mode}'). Use a file on a local disk.");
        }

        Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            Migrate(connection, dataSource);
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

    private static void Migrate(SqliteConnection connection, string dataSource)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS directline_schema_version (version INTEGER PRIMARY KEY NOT NULL);");
        var version = Convert.ToInt32(Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM directline_schema_version;"), CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new InvalidOperationException($"The SQLite Direct Line store '{dataSource}' has schema version {version}, newer than this build knows ({Migrations.Length}). Upgrade the bot.");
        }

        for (var next = version; next < Migrations.Length; next++)
        {
            Execute(connection, Migrations[next]);
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO directline_schema_version (version) VALUES ({next + 1});"));
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
