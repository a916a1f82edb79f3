using IntakeBot.Storage.Postgres;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The casework tables on PostgreSQL: the names, columns and value formats of <see cref="SqliteCaseworkSchema"/>, so
/// that one body of SQL reads and writes both. Integers are BIGINT (SQLite's INTEGER is 64-bit too).
/// </summary>
internal static class PostgresCaseworkSchema
{
    /// <summary>
    /// Append new migrations at the end; never edit one that has shipped. Keep in step with SqliteCaseworkSchema. The
    /// register reads the intake's cases table, so that group migrates first.
    /// </summary>
    public static readonly PostgresMigrations Migrations = new(
        SqliteCaseworkSchema.VersionTable,
        [
            """
            CREATE TABLE case_facts (
                id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                organisation_id TEXT NOT NULL,
                kind            TEXT NOT NULL,
                status          TEXT NOT NULL,
                submitted_on    TEXT NOT NULL,
                submitted_year  BIGINT NOT NULL,
                channel_id      TEXT NOT NULL,
                anonymous       BIGINT NOT NULL,
                outcome         TEXT NULL,
                nature          TEXT NULL,
                closed_on       TEXT NULL,
                handling_days   BIGINT NULL,
                deleted         BIGINT NOT NULL DEFAULT 0
            );
            CREATE INDEX case_facts_year ON case_facts (organisation_id, submitted_year);
            CREATE TABLE case_handling (
                reference        TEXT PRIMARY KEY NOT NULL,
                organisation_id  TEXT NOT NULL,
                fact_id          BIGINT NULL,
                submitted_on     TEXT NOT NULL,
                due_on           TEXT NULL,
                assigned_to_id   TEXT NULL,
                assigned_to_name TEXT NULL,
                outcome          TEXT NULL,
                nature           TEXT NULL,
                closed_ticks     BIGINT NULL,
                withdrawn_ticks  BIGINT NULL,
                updated_ticks    BIGINT NOT NULL,
                version          BIGINT NOT NULL
            );
            CREATE INDEX case_handling_retention ON case_handling (organisation_id, (COALESCE(closed_ticks, updated_ticks)));
            CREATE TABLE case_timeline (
                id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                reference        TEXT NOT NULL,
                at_ticks         BIGINT NOT NULL,
                type             TEXT NOT NULL,
                actor_id         TEXT NULL,
                actor_name       TEXT NULL,
                detail           TEXT NULL,
                detail_protected BIGINT NOT NULL
            );
            CREATE INDEX case_timeline_reference ON case_timeline (reference, at_ticks, id);
            CREATE TABLE deliveries (
                event_id           BIGINT NOT NULL,
                target             TEXT NOT NULL,
                reference          TEXT NOT NULL,
                organisation_id    TEXT NOT NULL,
                attempts           BIGINT NOT NULL,
                last_attempt_ticks BIGINT NULL,
                next_attempt_ticks BIGINT NULL,
                delivered_ticks    BIGINT NULL,
                last_error         TEXT NULL,
                PRIMARY KEY (event_id, target)
            );
            CREATE INDEX deliveries_reference ON deliveries (reference, event_id);
            CREATE INDEX deliveries_failing ON deliveries (organisation_id) WHERE delivered_ticks IS NULL AND attempts > 0;
            CREATE TABLE audit_log (
                id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at_ticks        BIGINT NOT NULL,
                actor_id        TEXT NOT NULL,
                actor_name      TEXT NOT NULL,
                organisation_id TEXT NOT NULL,
                action          TEXT NOT NULL,
                reference       TEXT NULL,
                detail          TEXT NULL
            );
            CREATE INDEX audit_log_scope ON audit_log (organisation_id, at_ticks);
            CREATE INDEX audit_log_reference ON audit_log (reference, at_ticks);
            CREATE TABLE transcript_conversations (
                conversation_id TEXT PRIMARY KEY NOT NULL,
                last_sequence   BIGINT NOT NULL,
                last_ticks      BIGINT NOT NULL
            );
            CREATE INDEX transcript_conversations_last ON transcript_conversations (last_ticks);
            CREATE TABLE transcript_entries (
                conversation_id TEXT NOT NULL,
                sequence        BIGINT NOT NULL,
                at_ticks        BIGINT NOT NULL,
                direction       TEXT NOT NULL,
                activity        TEXT NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            """,
            // The adoption queue, as in SqliteCaseworkSchema. The trigger is created before the existing cases are
            // queued: its lock on cases waits for intake writes in flight, so every case is queued by one or the other.
            """
            CREATE TABLE case_adoption_queue (reference TEXT PRIMARY KEY NOT NULL);
            CREATE FUNCTION case_adoption_enqueue() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                INSERT INTO case_adoption_queue (reference) VALUES (NEW.reference) ON CONFLICT (reference) DO NOTHING;
                RETURN NULL;
            END
            $body$;
            CREATE TRIGGER cases_queue_created AFTER INSERT ON cases
                FOR EACH ROW EXECUTE FUNCTION case_adoption_enqueue();
            CREATE TRIGGER cases_queue_withdrawn AFTER UPDATE OF withdrawn_at ON cases
                FOR EACH ROW WHEN (NEW.withdrawn_at IS NOT NULL) EXECUTE FUNCTION case_adoption_enqueue();
            INSERT INTO case_adoption_queue (reference)
            SELECT c.reference FROM cases c LEFT JOIN case_handling h ON h.reference = c.reference
            WHERE h.reference IS NULL OR (c.withdrawn_at IS NOT NULL AND h.withdrawn_ticks IS NULL)
            ON CONFLICT (reference) DO NOTHING;
            """,
        ],
        Requires: PostgresSchema.Migrations);

    public static int CurrentVersion => Migrations.Steps.Count;
}
