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

    public static void EnsureCurrent(SqliteConnection connection, string dataSource) =>
        SqliteMigrator.EnsureCurrent(connection, dataSource, "directline_schema_version", Migrations);
}
