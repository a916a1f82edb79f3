using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>Opens connections to one database file with the store's per-connection settings.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteConnectionFactory(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if ((options.Path is null) == (options.ConnectionString is null))
        {
            throw new ArgumentException("Set exactly one of SqliteStorageOptions.Path and SqliteStorageOptions.ConnectionString.", nameof(options));
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout.TotalMilliseconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BusyTimeout, "BusyTimeout must be between zero and int.MaxValue milliseconds.");
        }

        var builder = options.Path is { } path
            ? new SqliteConnectionStringBuilder { DataSource = path }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("The SQLite database needs a file path (Data Source).", nameof(options));
        }

        // The store pools its own open connections with prepared statements; a second pool would only hold file handles.
        builder.Pooling = false;
        // The driver retries a busy statement until its own timeout, on top of SQLite's busy_timeout; keep them equal.
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        var synchronous = options.Synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL";
        var busyMs = (long)options.BusyTimeout.TotalMilliseconds;
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMs}; PRAGMA synchronous = {synchronous};");
    }

    /// <summary>The database file as configured, for error messages.</summary>
    public string DataSource { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
