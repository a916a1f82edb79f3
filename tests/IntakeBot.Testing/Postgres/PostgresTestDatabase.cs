using System.Security.Cryptography;
using Npgsql;

namespace IntakeBot.Testing.Postgres;

/// <summary>
/// A fresh database (<c>intakebot_test_&lt;random&gt;</c>) on <see cref="PostgresTestServer"/>, dropped on dispose. Use it as
/// an xunit class fixture: one database per test class, and <see cref="NewSchema"/> for an empty schema per test.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly PostgresTestServer _server;

    /// <summary>Creates the database on the shared server, starting the server first if needed.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed or does not answer; the message says what to do.</exception>
    public PostgresTestDatabase()
    {
        _server = PostgresTestServer.Instance;
        Name = "intakebot_test_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        _server.Execute($"CREATE DATABASE {Name} TEMPLATE template0 ENCODING 'UTF8';");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = Name }.ConnectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string for this database (as the admin role, default search path).</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Creates an empty schema and returns a connection string whose search path is that schema only: for the
    /// stores, an empty database of their own (version tables included), for the price of a CREATE SCHEMA.
    /// </summary>
    public string NewSchema()
    {
        var schema = "t_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema};", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Drops the database, closing any connection still open to it.</summary>
    public void Dispose()
    {
        _server.Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE);");
    }
}
