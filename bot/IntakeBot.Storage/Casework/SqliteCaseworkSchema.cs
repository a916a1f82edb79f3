using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The casework tables in SQLite, in their own migration group (<c>casework_schema_version</c>), next to the intake's
/// <c>cases</c> table, which they never change in shape. Instants are UTC ticks, days yyyy-MM-dd text, flags 0/1.
/// Keep in step with <see cref="PostgresCaseworkSchema"/>.
/// </summary>
internal static class SqliteCaseworkSchema
{
    public const string VersionTable = "casework_schema_version";

    /// <summary>Append new migrations at the end; never edit one that has shipped.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE case_facts (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            organisation_id TEXT NOT NULL,
            kind            TEXT NOT NULL,
            status          TEXT NOT NULL,
            submitted_on    TEXT NOT NULL,
            submitted_year  INTEGER NOT NULL,
            channel_id      TEXT NOT NULL,
            anonymous       INTEGER NOT NULL,
            outcome         TEXT NULL,
            nature          TEXT NULL,
            closed_on       TEXT NULL,
            handling_days   INTEGER NULL,
            deleted         INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX case_facts_year ON case_facts (organisation_id, submitted_year);
        CREATE TABLE case_handling (
            reference        TEXT PRIMARY KEY NOT NULL,
            organisation_id  TEXT NOT NULL,
            fact_id          INTEGER NULL,
            submitted_on     TEXT NOT NULL,
            due_on           TEXT NULL,
            assigned_to_id   TEXT NULL,
            assigned_to_name TEXT NULL,
            outcome          TEXT NULL,
            nature           TEXT NULL,
            closed_ticks     INTEGER NULL,
            withdrawn_ticks  INTEGER NULL,
            updated_ticks    INTEGER NOT NULL,
            version          INTEGER NOT NULL
        );
        CREATE INDEX case_handling_retention ON case_handling (organisation_id, (COALESCE(closed_ticks, updated_ticks)));
        CREATE TABLE case_timeline (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            reference        TEXT NOT NULL,
            at_ticks         INTEGER NOT NULL,
            type             TEXT NOT NULL,
            actor_id         TEXT NULL,
            actor_name       TEXT NULL,
            detail           TEXT NULL,
            detail_protected INTEGER NOT NULL
        );
        CREATE INDEX case_timeline_reference ON case_timeline (reference, at_ticks, id);
        CREATE TABLE deliveries (
            event_id           INTEGER NOT NULL,
            target             TEXT NOT NULL,
            reference          TEXT NOT NULL,
            organisation_id    TEXT NOT NULL,
            attempts           INTEGER NOT NULL,
            last_attempt_ticks INTEGER NULL,
            next_attempt_ticks INTEGER NULL,
            delivered_ticks    INTEGER NULL,
            last_error         TEXT NULL,
            PRIMARY KEY (event_id, target)
        );
        CREATE INDEX deliveries_reference ON deliveries (reference, event_id);
        CREATE INDEX deliveries_failing ON deliveries (organisation_id) WHERE delivered_ticks IS NULL AND attempts > 0;
        CREATE TABLE audit_log (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            at_ticks        INTEGER NOT NULL,
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
            last_sequence   INTEGER NOT NULL,
            last_ticks      INTEGER NOT NULL
        );
        CREATE INDEX transcript_conversations_last ON transcript_conversations (last_ticks);
        CREATE TABLE transcript_entries (
            conversation_id TEXT NOT NULL,
            sequence        INTEGER NOT NULL,
            at_ticks        INTEGER NOT NULL,
            direction       TEXT NOT NULL,
            activity        TEXT NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """,
        // The adoption queue: the intake's writes put each new or withdrawn case here (in their own transaction, so
        // none is missed however writers interleave), and the register takes in only what is queued. Cases written
        // before this migration are queued by it.
        """
        CREATE TABLE case_adoption_queue (reference TEXT PRIMARY KEY NOT NULL);
        CREATE TRIGGER cases_queue_created AFTER INSERT ON cases
        BEGIN
            INSERT INTO case_adoption_queue (reference)
            SELECT NEW.reference WHERE NOT EXISTS (SELECT 1 FROM case_adoption_queue WHERE reference = NEW.reference);
        END;
        CREATE TRIGGER cases_queue_withdrawn AFTER UPDATE OF withdrawn_at ON cases WHEN NEW.withdrawn_at IS NOT NULL
        BEGIN
            INSERT INTO case_adoption_queue (reference)
            SELECT NEW.reference WHERE NOT EXISTS (SELECT 1 FROM case_adoption_queue WHERE reference = NEW.reference);
        END;
        INSERT INTO case_adoption_queue (reference)
        SELECT c.reference FROM cases c LEFT JOIN case_handling h ON h.reference = c.reference
        WHERE h.reference IS NULL OR (c.withdrawn_at IS NOT NULL AND h.withdrawn_ticks IS NULL);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static void EnsureCurrent(SqliteConnection connection, string dataSource) =>
        SqliteMigrator.EnsureCurrent(connection, dataSource, VersionTable, Migrations);
}
