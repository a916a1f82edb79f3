using IntakeBot.Storage.Postgres;
using IntakeBot.Testing.Postgres;
using Npgsql;

namespace IntakeBot.Storage.Tests.Postgres;

/// <summary>
/// One test's empty schema in the class's test database, and every <see cref="PostgresDatabase"/> the test opened on it
/// (each its own pool, like another process), closed on dispose.
/// </summary>
internal sealed class PostgresScope(PostgresTestDatabase database) : IAsyncDisposable
{
    private readonly List<PostgresDatabase> _opened = [];
    private readonly Lock _gate = new();

    public string ConnectionString { get; } = database.NewSchema();

    public PostgresDatabase Open()
    {
        var opened = new PostgresDatabase(ConnectionString);
        lock (_gate)
        {
            _opened.Add(opened);
        }

        return opened;
    }

    /// <summary>Runs raw SQL in the test's schema on a connection of its own.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }
    }
}
