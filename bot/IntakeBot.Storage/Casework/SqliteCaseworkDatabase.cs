using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The casework tables in a SQLite file (WAL): one writer connection in <c>BEGIN IMMEDIATE</c> transactions, pooled
/// readers. The intake's tables and then the casework tables are created or migrated when the writer first opens.
/// </summary>
internal sealed class SqliteCaseworkDatabase : CaseworkDatabase
{
    private readonly SqliteWriter<SqliteCaseworkConnection> _writer;
    private readonly SqliteReaderPool<SqliteCaseworkConnection> _readers;
    private readonly string _dataSource;
    private volatile bool _disposed;

    public SqliteCaseworkDatabase(SqliteStorageOptions options)
        : this(new SqliteConnectionFactory(options), null)
    {
    }

    public SqliteCaseworkDatabase(SqliteDatabase database)
        : this(database.Connections, database.Writer)
    {
    }

    private SqliteCaseworkDatabase(SqliteConnectionFactory connections, SqliteFileWriter? shared)
    {
        _dataSource = connections.DataSource;
        _writer = new SqliteWriter<SqliteCaseworkConnection>(
            shared ?? new SqliteFileWriter(connections),
            ownsWriter: shared is null,
            connection =>
            {
                // The register reads the intake's cases table, so that group migrates first (a no-op when current).
                SqliteSchema.EnsureCurrent(connection, connections.DataSource);
                SqliteCaseworkSchema.EnsureCurrent(connection, connections.DataSource);
                return new SqliteCaseworkConnection(connection);
            },
            this);
        _readers = new SqliteReaderPool<SqliteCaseworkConnection>(connections, connection => new SqliteCaseworkConnection(connection));
    }

    internal override CaseworkDialect Dialect => CaseworkDialect.Sqlite;

    public override void Dispose()
    {
        _disposed = true;
        _writer.Dispose();
        _readers.Close();
    }

    internal override Task<T> WriteAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // The file writer's BEGIN IMMEDIATE takes the write lock up front, so work that reads before it writes cannot deadlock.
        return _writer.RunAwaitingAsync(session => session.RunAsync(work, cancellationToken), cancellationToken);
    }

    internal override async Task<T> ReadAsync<T>(Func<CaseworkSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writer.EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        SqliteCaseworkConnection? session = null;
        T result;
        try
        {
            session = _readers.Rent();
            result = await session.InTransactionAsync("BEGIN;", work, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException error)
        {
            session?.Dispose();
            throw SqliteStorageErrors.Describe(error, _dataSource);
        }
        catch
        {
            session?.Dispose();
            throw;
        }

        _readers.Return(session);
        return result;
    }
}
