using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// A connection with its kept statements (<see cref="SqliteStatements"/>), for the Direct Line, case and API key stores.
/// Not thread-safe: the writer and the reader pool hand it to one caller at a time.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : ISqliteSession
{
    public bool Broken { get; private set; }

    /// <summary>The connection's kept statements.</summary>
    public SqliteStatements Statements { get; } = new(connection);

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection, inside the writer's transaction and savepoint (see
    /// <see cref="SqliteFileWriter"/>): all of it commits, or none.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, T> work) => work(connection);

    /// <summary>Runs one statement's <paramref name="work"/> on a reader connection without a transaction of its own.</summary>
    public T Query<T>(Func<SqliteConnection, T> work) => work(connection);

    /// <summary>Runs <paramref name="work"/> in a read transaction, so several statements see one snapshot.</summary>
    public T Read<T>(Func<SqliteConnection, T> work) => InTransaction("BEGIN;", work);

    public void Dispose()
    {
        Statements.Clear();
        connection.Dispose();
    }

    private T InTransaction<T>(string begin, Func<SqliteConnection, T> work)
    {
        Execute(begin);
        T result;
        try
        {
            result = work(connection);
            Execute("COMMIT;");
        }
        catch
        {
            try
            {
                Execute("ROLLBACK;");
            }
            catch (SqliteException)
            {
                Broken = true;
            }

            throw;
        }

        return result;
    }

    private void Execute(string sql) => Statements.Execute(sql);
}
