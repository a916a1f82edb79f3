using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>Builds commands with named parameters (<c>@name</c>); strings go through <see cref="PostgresText"/>.</summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Create(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value switch
            {
                null => DBNull.Value,
                string text => PostgresText.Encode(text),
                string[] texts => Array.ConvertAll(texts, PostgresText.Encode),
                _ => value,
            });
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every row of <paramref name="sql"/> with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A text column as the caller wrote it (see <see cref="PostgresText"/>).</summary>
    public static string Text(NpgsqlDataReader row, int ordinal) => PostgresText.Decode(row.GetString(ordinal));

    public static string? TextOrNull(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : Text(row, ordinal);
}
