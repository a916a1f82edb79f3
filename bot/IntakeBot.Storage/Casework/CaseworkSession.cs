using System.Data.Common;

namespace IntakeBot.Storage.Casework;

/// <summary>An open connection, inside a transaction, with helpers that bind every value as a parameter.</summary>
internal sealed class CaseworkSession(DbConnection connection, CaseworkDialect dialect)
{
    public CaseworkDialect Dialect => dialect;

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A text column as it was written.</summary>
    public string Text(DbDataReader row, int ordinal) => dialect.Decode(row.GetString(ordinal));

    public string? TextOrNull(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : Text(row, ordinal);

    public static long? Int64OrNull(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt64(ordinal);

    private DbCommand Create(string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
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
}
