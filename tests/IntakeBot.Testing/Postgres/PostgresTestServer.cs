using Npgsql;

namespace IntakeBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server of a test run: the one named by <c>INTAKEBOT_TEST_POSTGRES</c> (an admin connection string;
/// run-tests.sh starts one and sets it), or else a throwaway cluster this process starts on 127.0.0.1 on first use and
/// stops when it exits. When neither is possible, every PostgreSQL test fails with a message that says why: they are
/// never skipped.
/// </summary>
public sealed class PostgresTestServer
{
    /// <summary>The environment variable with an admin connection string (a superuser, or a role that may create databases).</summary>
    public const string EnvironmentVariable = "INTAKEBOT_TEST_POSTGRES";

    // One server per test process: starting a cluster takes seconds. Lazy caches a failure too, so each test fails fast with it.
    private static readonly Lazy<PostgresTestServer> Shared = new(StartOrConnect, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresTestServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>The server, started (or checked) on first use.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed or does not answer; the message says what to do.</exception>
    public static PostgresTestServer Instance => Shared.Value;

    /// <summary>A connection string for the <c>postgres</c> database as a role that may create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Runs one administrative statement (CREATE DATABASE and the like) on a connection of its own.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresTestServer StartOrConnect()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            var server = new PostgresTestServer(configured);
            try
            {
                server.Execute("SELECT 1;");
            }
            catch (NpgsqlException error)
            {
                var builder = new NpgsqlConnectionStringBuilder(configured);
                throw new InvalidOperationException($"{EnvironmentVariable} names {builder.Host}:{builder.Port}, which does not answer: {error.Message}", error);
            }

            return server;
        }

        var cluster = PostgresCluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return new PostgresTestServer(cluster.AdminConnectionString);
    }
}
