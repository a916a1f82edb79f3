using System.Data.Common;

namespace IntakeBot.Storage.Casework;

/// <summary>An open connection, inside a transaction, with helpers that bind every value as a parameter.</summary>
/// <param name="connection">The open connection.</param>
/// <param name="dialect">How text is written on it.</param>
/// <param name="kept">
/// The connection's kept command for a SQL text, without parameters, when it keeps statements (SQLite: parsing is
/// the cost; Npgsql prepares by itself); such commands are never disposed here.
/// </param>
internal sealed class CaseworkSession(DbConnection connection, CaseworkDialect dialect, Func<string, DbCommand>? kept = null)
{
    public CaseworkDialect Dialect => dialect;

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = Create(sql, parameters);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(command).ConfigureAwait(false);
        }
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = Create(sql, parameters);
        try
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
        finally
        {
            await ReleaseAsync(command).ConfigureAwait(false);
        }
    }

    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = Create(sql, parameters);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await ReleaseAsync(command).ConfigureAwait(false);
        }
    }

    /// <summary>A text column as it was written.</summary>
    public string Text(DbDataReader row, int ordinal) => dialect.Decode(row.GetString(ordinal));

    public string? TextOrNull(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : Text(row, ordinal);

    public static long? Int64OrNull(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt64(ordinal);

    private DbCommand Create(string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        DbCommand command;
        if (kept is not null)
        {
            command = kept(sql);
        }
        else
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
        }

        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                string text => dialect.Encode(text),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Disposes a command of its own; a kept one only lets go of the values (they may be large protected texts).</summary>
    private ValueTask ReleaseAsync(DbCommand command)
    {
        if (kept is null)
        {
            return command.DisposeAsync();
        }

        command.Parameters.Clear();
        return ValueTask.CompletedTask;
    }
}
