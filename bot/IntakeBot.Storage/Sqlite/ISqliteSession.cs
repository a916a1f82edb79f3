namespace IntakeBot.Storage.Sqlite;

/// <summary>An open connection with whatever statements a store prepared on it.</summary>
internal interface ISqliteSession : IDisposable
{
    /// <summary>True when a rollback failed: the connection may hold an open transaction and must be replaced.</summary>
    bool Broken { get; }
}
