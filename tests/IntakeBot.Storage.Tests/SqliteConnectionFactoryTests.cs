using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Storage.Tests;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-factory-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(SqliteSynchronousMode.Normal, 1L)]
    [InlineData(SqliteSynchronousMode.Full, 2L)]
    public void Open_AppliesSynchronousModeAndBusyTimeout(SqliteSynchronousMode mode, long expected)
    {
        var factory = new SqliteConnectionFactory(new SqliteStorageOptions
        {
            Path = Path.Combine(_folder, "state.db"),
            Synchronous = mode,
            BusyTimeout = TimeSpan.FromMilliseconds(2500),
        });

        using var connection = factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = command.ExecuteScalar();
        command.CommandText = "PRAGMA busy_timeout;";
        var busyTimeout = command.ExecuteScalar();

        Assert.Equal(expected, synchronous);
        Assert.Equal(2500L, busyTimeout);
        Assert.Equal(3, connection.DefaultTimeout);
    }
}
