using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// The commands of one connection, kept by their SQL text so that SQLite parses each statement once per connection
/// instead of on every call (parsing was about a tenth of the server's CPU under load). Not thread-safe: the writer and
/// the reader pool hand a connection to one caller at a time.
/// </summary>
/// <remarks>
/// A command from <see cref="Command"/> belongs to this cache: callers dispose the readers they open, never the
/// command. SQL built from a filter can vary without end, so past <see cref="MaxCached"/> texts the cache starts over.
/// </remarks>
internal sealed class SqliteStatements(SqliteConnection connection)
{
    /// <summary>The most distinct SQL texts kept for one connection.</summary>
    public const int MaxCached = 64;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The connection the commands run on.</summary>
    public SqliteConnection Connection => connection;

    /// <summary>The command for <paramref name="sql"/> with exactly <paramref name="parameters"/> bound (null as NULL).</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = Cached(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>The command for <paramref name="sql"/> with no parameters bound.</summary>
    public SqliteCommand Cached(string sql)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        if (_commands.Count >= MaxCached)
        {
            Clear();
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        _commands.Add(sql, command);
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the number of rows changed; the values are not kept.</summary>
    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = Command(sql, parameters);
        try
        {
            return command.ExecuteNonQuery();
        }
        finally
        {
            // A kept command would otherwise hold the caller's values (a file's bytes) until its next use.
            command.Parameters.Clear();
        }
    }

    /// <summary>Finalizes every kept statement (the connection stays open).</summary>
    public void Clear()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
