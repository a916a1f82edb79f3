using Npgsql;

namespace IntakeBot.ScaleOut.Tests.Support;

/// <summary>Statements the tests run on the side: counting rows, and cutting a bot's connection off as a failing network would.</summary>
internal static class PostgresAdmin
{
    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Terminates every backend of this database whose application name is <paramref name="applicationName"/>; returns how many.</summary>
    public static Task<long> TerminateAsync(string connectionString, string applicationName) =>
        CountAsync(
            connectionString,
            $"SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{applicationName.Replace("'", "''", StringComparison.Ordinal)}') AS terminated;");

    /// <summary>Terminates one backend by its process id.</summary>
    public static Task<long> TerminateAsync(string connectionString, int processId) =>
        CountAsync(connectionString, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SELECT COUNT(*) FROM (SELECT pg_terminate_backend({processId})) AS terminated;"));

    /// <summary>Waits (polling, bounded) until <paramref name="condition"/> holds; false when it never did.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }
}
