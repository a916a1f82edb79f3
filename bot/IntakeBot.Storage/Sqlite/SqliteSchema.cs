using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>Creates and migrates the tables. Migration n brings the database to schema version n + 1.</summary>
internal static class SqliteSchema
{
    /// <summary>Append new migrations at the end; never edit one that has shipped.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE state_items (
            key  TEXT PRIMARY KEY NOT NULL,
            etag TEXT NOT NULL,
            json BLOB NOT NULL
        );
        """,
        """
        CREATE TABLE cases (
            reference       TEXT PRIMARY KEY NOT NULL,
            organisation_id TEXT NOT NULL,
            kind            TEXT NOT NULL,
            status          TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            created_ticks   INTEGER NOT NULL,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            language        TEXT NOT NULL,
            route           TEXT NOT NULL,
            fields          TEXT NOT NULL,
            withdrawn_at    TEXT NULL
        );
        CREATE INDEX cases_conversation ON cases (conversation_id, created_ticks);
        CREATE INDEX cases_organisation ON cases (organisation_id, created_ticks);
        CREATE TABLE case_events (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            reference       TEXT NOT NULL REFERENCES cases (reference),
            organisation_id TEXT NOT NULL,
            type            TEXT NOT NULL,
            at              TEXT NOT NULL,
            delivered_at    TEXT NULL
        );
        CREATE INDEX case_events_pending ON case_events (id) WHERE delivered_at IS NULL;
        CREATE TABLE api_keys (
            id              TEXT PRIMARY KEY NOT NULL,
            organisation_id TEXT NOT NULL,
            name            TEXT NULL,
            hash            BLOB NOT NULL,
            created_at      TEXT NOT NULL,
            revoked_at      TEXT NULL
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static void EnsureCurrent(SqliteConnection connection, string dataSource) =>
        SqliteMigrator.EnsureCurrent(connection, dataSource, "schema_version", Migrations);
}
