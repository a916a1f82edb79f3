using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>A SQLite connection used by the casework stores, one caller at a time, with explicit transactions.</summary>
internal sealed class SqliteCaseworkConnection : ISqliteSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteStatements _statements;
    private readonly CaseworkSession _session;

    public SqliteCaseworkConnection(SqliteConnection connection)
    {
        _connection = connection;
        _statements = new SqliteStatements(connection);
        _session = new CaseworkSession(connection, CaseworkDialect.Sqlite, _statements.Cached);
    }

    public bool Broken { get; private set; }

    /// <summary>Runs <paramref name="work"/> inside the file writer's transaction and savepoint (see <see cref="SqliteFileWriter"/>).</summary>
    public Task<T> RunAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) => work(_session, cancellationToken);

    public async Task<T> InTransactionAsync<T>(string begin, Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Execute(begin);
        T result;
        try
        {
            result = await work(_session, cancellationToken).ConfigureAwait(false);
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

    public void Dispose()
    {
        _statements.Clear();
        _connection.Dispose();
    }

    private void Execute(string sql) => _statements.Execute(sql);
}
