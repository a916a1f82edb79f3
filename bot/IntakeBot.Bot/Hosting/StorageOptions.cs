using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Hosting;

/// <summary>Where state, cases, API keys and the Direct Line log are kept: SQLite under ./data by default, or PostgreSQL.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The value of <see cref="Provider"/> for one SQLite file (the default).</summary>
    public const string SqliteProvider = "sqlite";

    /// <summary>The value of <see cref="Provider"/> for PostgreSQL; needed to run several instances on one database.</summary>
    public const string PostgresProvider = "postgres";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>, in any letter case.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "intakebot.db");

    /// <summary>NORMAL survives a crash of the process; FULL also survives power loss and is much slower.</summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Normal;

    /// <summary>
    /// The Npgsql connection string when <see cref="Provider"/> is <c>postgres</c>, e.g.
    /// <c>Host=db;Database=intakebot;Username=intakebot;Password=...</c>. Keep it out of files: use an environment
    /// variable (<c>Storage__PostgresConnectionString</c>) or a secret store.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The "Storage" section of <paramref name="configuration"/>, or the defaults.</summary>
    public static StorageOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(SectionName).Get<StorageOptions>() ?? new StorageOptions();
    }
}
