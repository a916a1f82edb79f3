namespace IntakeBot.Storage.Postgres;

/// <summary>
/// The Direct Line tables, as in <c>SqliteDirectLineSchema</c> (same names, columns, integer ticks and version table),
/// migrated independently of <see cref="PostgresSchema"/>.
/// </summary>
internal static class PostgresDirectLineSchema
{
    /// <summary>Append new migrations at the end; never edit one that has shipped. Keep them in step with SqliteDirectLineSchema.</summary>
    public static readonly PostgresMigrations Migrations = new(
        "directline_schema_version",
        [
            """
            CREATE TABLE directline_conversations (
                id               TEXT PRIMARY KEY NOT NULL,
                user_id          TEXT NOT NULL,
                created_at       BIGINT NOT NULL,
                last_activity_at BIGINT NOT NULL,
                last_sequence    BIGINT NOT NULL,
                ended            INTEGER NOT NULL
            );
            CREATE INDEX directline_conversations_last_activity ON directline_conversations (last_activity_at);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL,
                sequence        BIGINT NOT NULL,
                type            TEXT NOT NULL,
                json            TEXT NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            CREATE TABLE directline_files (
                conversation_id TEXT NOT NULL,
                id              TEXT NOT NULL,
                content_type    TEXT NOT NULL,
                name            TEXT NULL,
                content         BYTEA NOT NULL,
                PRIMARY KEY (conversation_id, id)
            );
            """,
        ]);

    public static int CurrentVersion => Migrations.Steps.Count;
}
