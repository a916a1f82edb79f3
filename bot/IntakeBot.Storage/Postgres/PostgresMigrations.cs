namespace IntakeBot.Storage.Postgres;

/// <summary>One group of tables: its version table and its migrations (migration n brings it to version n + 1).</summary>
internal sealed record PostgresMigrations(string VersionTable, IReadOnlyList<string> Steps);
