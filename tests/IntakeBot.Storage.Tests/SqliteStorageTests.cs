using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests;

public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-storage-").FullName;
    private readonly List<SqliteStorage> _extra = [];

    private string DatabasePath => Path.Combine(_folder, "state.db");

    protected override IStorage CreateStorage() => new SqliteStorage(new SqliteStorageOptions { Path = DatabasePath });

    protected override Task CleanupAsync()
    {
        _extra.ForEach(storage => storage.Dispose());
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Reopen_AfterDispose_KeepsDocumentsAndETags()
    {
        var etag = await Docs.CreateAsync(Storage, "k", "{\"bewaard\":true}");
        ((IDisposable)Storage).Dispose();

        var reopened = Open(DatabasePath);
        var item = (await reopened.ReadAsync(["k"]))["k"];

        Assert.Equal("{\"bewaard\":true}", Docs.Text(item));
        Assert.Equal(etag, item.ETag);
        await reopened.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), etag)));
    }

    [Fact]
    public async Task File_UsesWalJournalAndRecordsTheSchemaVersion()
    {
        await Docs.CreateAsync(Storage, "k", "{}");

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar(connection, "SELECT MAX(version) FROM schema_version;"));
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
    public async Task DatabaseFromANewerVersion_IsRefusedWithAClearError()
    {
        await Docs.CreateAsync(Storage, "k", "{}");
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version) VALUES (99);";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open(DatabasePath).ReadAsync(["k"]));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_LikeTwoProcesses_LoseNoUpdate()
    {
        await Docs.CreateAsync(Storage, "teller", "{\"n\":0}");
        var other = Open(DatabasePath);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            var storage = worker % 2 == 0 ? Storage : other;
            for (var i = 0; i < 20; i++)
            {
                await IncrementAsync(storage, "teller");
            }
        })));

        Assert.Equal(120, await ReadCountAsync(other, "teller"));
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
