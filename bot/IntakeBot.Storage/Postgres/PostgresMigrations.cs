namespace IntakeBot.Storage.Postgres;

/// <summary>
/// One group of tables: its version table and its migrations (migration n brings it to version n + 1), and the group
/// whose tables it reads, which is brought up to date first.
/// </summary>
internal sealed record PostgresMigrations(string VersionTable, IReadOnlyList<string> Steps, PostgresMigrations? Requires = null);
