namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by several stores in a process: they write through one connection with group commit, so
/// they never wait on each other's write lock. Build the stores with their <c>SqliteDatabase</c> constructors and
/// dispose this after them; disposing writes what is still queued, then closes the connection.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    /// <summary>Opens nothing yet: the file is opened, and the tables created, on first use.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteDatabase(SqliteStorageOptions options)
    {
        Connections = new SqliteConnectionFactory(options);
        Writer = new SqliteFileWriter(Connections);
    }

    /// <summary>The database file as configured.</summary>
    public string DataSource => Connections.DataSource;

    internal SqliteConnectionFactory Connections { get; }

    internal SqliteFileWriter Writer { get; }

    /// <summary>Writes what is queued, then closes the writer connection.</summary>
    public void Dispose() => Writer.Dispose();
}
