namespace IntakeBot.Storage.Postgres;

/// <summary>
/// The state, case and API key tables: the names, columns and version numbers of <c>SqliteSchema</c>, with the same
/// text formats, so that code reading them (the case register, reports) can query both databases alike.
/// </summary>
/// <remarks>
/// <c>rowid</c> stands in for SQLite's implicit row id (insertion order, the tie-breaker in <c>ORDER BY</c>). There is no
/// foreign key from <c>case_events</c> to <c>cases</c>: SQLite does not enforce it either, and deletes must behave alike.
/// </remarks>
internal static class PostgresSchema
{
    /// <summary>Append new migrations at the end; never edit one that has shipped. Keep them in step with SqliteSchema.</summary>
    public static readonly PostgresMigrations Migrations = new(
        "schema_version",
        [
            """
            CREATE TABLE state_items (
                key  TEXT PRIMARY KEY NOT NULL,
                etag TEXT NOT NULL,
                json BYTEA NOT NULL
            );
            """,
            """
            CREATE TABLE cases (
                reference       TEXT PRIMARY KEY NOT NULL,
                organisation_id TEXT NOT NULL,
                kind            TEXT NOT NULL,
                status          TEXT NOT NULL,
                created_at      TEXT NOT NULL,
                created_ticks   BIGINT NOT NULL,
                channel_id      TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                language        TEXT NOT NULL,
                route           TEXT NOT NULL,
                fields          TEXT NOT NULL,
                withdrawn_at    TEXT NULL,
                rowid           BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
            );
            CREATE INDEX cases_conversation ON cases (conversation_id, created_ticks);
            CREATE INDEX cases_organisation ON cases (organisation_id, created_ticks);
            CREATE TABLE case_events (
                id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                reference       TEXT NOT NULL,
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
                hash            BYTEA NOT NULL,
                created_at      TEXT NOT NULL,
                revoked_at      TEXT NULL,
                rowid           BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
            );
            """,
        ]);

    public static int CurrentVersion => Migrations.Steps.Count;
}
