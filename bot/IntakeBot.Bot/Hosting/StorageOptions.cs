using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Hosting;

/// <summary>Where conversation state is kept. SQLite under ./data by default.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "intakebot.db");

    /// <summary>NORMAL survives a crash of the process; FULL also survives power loss and is much slower.</summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Normal;

    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The PostgreSQL connection string when <see cref="Provider"/> is "postgres".</summary>
    public string? PostgresConnectionString { get; set; }
}
