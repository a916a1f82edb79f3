using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.Sqlite;

/// <summary>A writer of its own on a test file with an <c>items</c> table, plus helpers to hold the writer loop and read the file.</summary>
internal sealed class WriterHarness : IDisposable
{
    public WriterHarness(string path, bool foreignKeys)
    {
        Path = path;
        var options = new SqliteStorageOptions { ConnectionString = $"Data Source={path};Foreign Keys={foreignKeys}" };
        Writer = new SqliteWriter<SqliteSession>(
            new SqliteConnectionFactory(options),
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
                    CREATE TABLE IF NOT EXISTS parents (id INTEGER PRIMARY KEY);
                    CREATE TABLE IF NOT EXISTS children (parent INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED);
                    """;
                command.ExecuteNonQuery();
                return new SqliteSession(connection);
            },
            this);
    }

    public string Path { get; }

    public SqliteWriter<SqliteSession> Writer { get; }

    public Task<int> InsertAsync(int n, CancellationToken cancellationToken = default) =>
        Writer.RunAsync(
            session => session.Write(connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO items (n) VALUES ($n);";
                command.Parameters.AddWithValue("$n", n);
                return command.ExecuteNonQuery();
            }),
            cancellationToken);

    /// <summary>Queues a request that blocks the writer loop until released, so that later requests form one batch.</summary>
    public Gate Hold()
    {
        var gate = new Gate();
        _ = Writer.RunAsync(
            _ =>
            {
                gate.Enter();
                return true;
            },
            CancellationToken.None);
        return gate;
    }

    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public List<long> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    public void Dispose() => Writer.Dispose();

    /// <summary>Holds the writer loop inside a request until <see cref="Release"/>.</summary>
    internal sealed class Gate : IDisposable
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _release = new();

        public Task Started => _started.Task;

        public void Enter()
        {
            _started.TrySetResult();
            _release.Wait(TimeSpan.FromMinutes(1));
        }

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Set();
            _release.Dispose();
        }
    }
}
