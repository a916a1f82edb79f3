namespace IntakeBot.Storage.Postgres;

/// <summary>The Data Protection key ring table, migrated on its own like the other groups.</summary>
internal static class PostgresDataProtectionSchema
{
    /// <summary>Append new migrations at the end; never edit one that has shipped.</summary>
    public static readonly PostgresMigrations Migrations = new(
        "dataprotection_schema_version",
        [
            """
            CREATE TABLE dataprotection_keys (
                id            BIGSERIAL PRIMARY KEY,
                friendly_name TEXT NULL,
                xml           TEXT NOT NULL
            );
            """,
        ]);
}
