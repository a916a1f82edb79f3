using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.Sqlite;

/// <summary>The kept statements of a connection: reused by SQL text, bound afresh each time, bounded in number.</summary>
public sealed class SqliteStatementsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementsTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE items (n INTEGER, name TEXT);";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void TheSameSql_ReusesItsCommand_WithOnlyTheNewValuesBound()
    {
        var statements = new SqliteStatements(_connection);

        Assert.Equal(1, statements.Execute("INSERT INTO items (n, name) VALUES ($n, $name);", ("$n", 1L), ("$name", "Sanne")));
        Assert.Equal(1, statements.Execute("INSERT INTO items (n, name) VALUES ($n, $name);", ("$n", 2L), ("$name", null)));
        var first = statements.Cached("SELECT count(*) FROM items WHERE name IS NULL;");
        var again = statements.Cached("SELECT count(*) FROM items WHERE name IS NULL;");

        Assert.Same(first, again);
        Assert.Equal(1L, first.ExecuteScalar());
        Assert.Equal(2L, statements.Command("SELECT count(*) FROM items WHERE n <= $n;", ("$n", 5L)).ExecuteScalar());
        Assert.Equal(0L, statements.Command("SELECT count(*) FROM items WHERE n <= $n;", ("$n", 0L)).ExecuteScalar());
    }

    [Fact]
    public void Execute_DoesNotKeepTheValues()
    {
        var statements = new SqliteStatements(_connection);

        statements.Execute("INSERT INTO items (n, name) VALUES ($n, $name);", ("$n", 1L), ("$name", new string('x', 10_000)));

        Assert.Empty(statements.Cached("INSERT INTO items (n, name) VALUES ($n, $name);").Parameters);
    }

    [Fact]
    public void PastTheLimit_TheCacheStartsOver_AndEveryStatementStillRuns()
    {
        var statements = new SqliteStatements(_connection);
        var first = statements.Cached("SELECT 0;");

        for (var i = 1; i <= SqliteStatements.MaxCached + 5; i++)
        {
            Assert.Equal((long)i, statements.Cached($"SELECT {i};").ExecuteScalar());
        }

        Assert.NotSame(first, statements.Cached("SELECT 0;"));
        Assert.Equal(0L, statements.Cached("SELECT 0;").ExecuteScalar());
    }
}
