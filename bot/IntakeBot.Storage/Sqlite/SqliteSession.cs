using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// A plain connection for stores whose statements are not hot enough to keep prepared (cases, API keys).
/// Not thread-safe: the writer and the reader pool hand it to one caller at a time.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : ISqliteSession
{
    public bool Broken { get; private set; }

    /// <summary>Runs <paramref name="work"/> in a <c>BEGIN IMMEDIATE</c> transaction: all of it commits, or none.</summary>
    public T Write<T>(Func<SqliteConnection, T> work) => InTransaction("BEGIN IMMEDIATE;", work);

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
