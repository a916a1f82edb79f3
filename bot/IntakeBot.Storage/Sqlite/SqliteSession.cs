using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// A plain connection for stores whose statements are not hot enough to keep prepared (cases, API keys).
/// Not thread-safe: the writer and the reader pool hand it to one caller at a time.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : ISqliteSession
{
    public bool Broken { get; private set; }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection, inside the writer's transaction and savepoint (see
    /// <see cref="SqliteFileWriter"/>): all of it commits, or none.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, T> work) => work(connection);

    /// <summary>Runs one statement's <paramref name="work"/> on a reader connection without a transaction of its own.</summary>
    public T Query<T>(Func<SqliteConnection, T> work) => work(connection);

    /// <summary>Runs <paramref name="work"/> in a read transaction, so several statements see one snapshot.</summary>
    public T Read<T>(Func<SqliteConnection, T> work) => InTransaction("BEGIN;", work);

    public void Dispose() => connection.Dispose();

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

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
