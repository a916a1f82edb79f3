namespace IntakeBot.Storage.Sqlite;

/// <summary>Settings for <see cref="SqliteStorage"/>. Set exactly one of <see cref="Path"/> and <see cref="ConnectionString"/>.</summary>
public sealed record SqliteStorageOptions
{
    /// <summary>The database file; created with its folder's permissions when missing.</summary>
    public string? Path { get; init; }

    /// <summary>A Microsoft.Data.Sqlite connection string, for settings beyond the file path. Pooling is always off: the store keeps its own connections.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>What a committed write survives. Default <see cref="SqliteSynchronousMode.Normal"/>: safe against process crashes.</summary>
    public SqliteSynchronousMode Synchronous { get; init; } = SqliteSynchronousMode.Normal;

    /// <summary>How long a statement waits for a lock held by another connection or process before it fails. Default 5 seconds.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
