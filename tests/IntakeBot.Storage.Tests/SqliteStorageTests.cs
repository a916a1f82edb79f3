using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests;

public sealed class SqliteStorageTests : DatabaseStorageContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-storage-").FullName;
    private readonly List<SqliteStorage> _extra = [];

    private string DatabasePath => Path.Combine(_folder, "state.db");

    protected override int SchemaVersion => SqliteSchema.CurrentVersion;

    protected override IStorage CreateStorage() => new SqliteStorage(new SqliteStorageOptions { Path = DatabasePath });

    protected override IStorage OpenAnother() => Open(DatabasePath);

    protected override Task<object?> ScalarAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return Task.FromResult(Scalar(connection, sql));
    }

    protected override Task CleanupAsync()
    {
        _extra.ForEach(storage => storage.Dispose());
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task File_UsesWalJournal()
    {
        await Docs.CreateAsync(Storage, "k", "{}");

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
    }

    [Theory]
    [InlineData(SqliteSynchronousMode.Normal)]
    [InlineData(SqliteSynchronousMode.Full)]
    public async Task Options_ConnectionStringAndSynchronousMode_Work(SqliteSynchronousMode synchronous)
    {
        var storage = Track(new SqliteStorage(new SqliteStorageOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "cs.db")}", Synchronous = synchronous }));

        await Docs.CreateAsync(storage, "k", "{}");

        Assert.Single(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task NotASqliteFile_GivesAClearErrorNamingTheFile_OnEveryCall()
    {
        var path = Path.Combine(_folder, "notities.txt");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("Dit is geen database. ", 400)));
        var storage = Open(path);

        var onRead = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.ReadAsync(["k"]));
        var onWrite = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), null))));

        Assert.All([onRead, onWrite], error => Assert.Contains(path, error.Message, StringComparison.Ordinal));
        Assert.Contains("not a SQLite database", onRead.Message, StringComparison.Ordinal);
        Assert.StartsWith("Dit is geen database.", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFolder_GivesAClearErrorNamingTheFile()
    {
        var path = Path.Combine(_folder, "bestaat-niet", "state.db");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open(path).ReadAsync(["k"]));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseAfterDispose_ThrowsObjectDisposed()
    {
        var storage = Open(DatabasePath);
        storage.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), null))));
    }

    [Fact]
    public void Options_NeedExactlyOneOfPathAndConnectionString()
    {
        Assert.Throws<ArgumentException>(() => new SqliteStorage(new SqliteStorageOptions()));
        Assert.Throws<ArgumentException>(() => new SqliteStorage(new SqliteStorageOptions { Path = DatabasePath, ConnectionString = $"Data Source={DatabasePath}" }));
        Assert.Throws<ArgumentException>(() => new SqliteStorage(new SqliteStorageOptions { ConnectionString = "Cache=Shared" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteStorage(new SqliteStorageOptions { Path = DatabasePath, BusyTimeout = TimeSpan.FromSeconds(-1) }));
    }

    private SqliteStorage Open(string path) => Track(new SqliteStorage(new SqliteStorageOptions { Path = path }));

    private SqliteStorage Track(SqliteStorage storage)
    {
        _extra.Add(storage);
        return storage;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
