using IntakeBot.Dialogs.State;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.DirectLine;

public sealed class SqliteDirectLineStoreTests : DirectLineStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-directline-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "state.db");

    protected override IDirectLineStore CreateStore() => new SqliteDirectLineStore(new SqliteStorageOptions { Path = DatabasePath });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Reopen_AfterARestart_KeepsTheLog()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);
        await Store.AppendAsync("c1", [Entry("message"), Entry("message")], Start);
        ((IDisposable)Store).Dispose();

        using var reopened = new SqliteDirectLineStore(new SqliteStorageOptions { Path = DatabasePath });
        var appended = await reopened.AppendAsync("c1", [Entry("message")], Start);

        Assert.Equal(3, appended.Single().Sequence);
        Assert.Equal(3, (await reopened.ReadAsync("c1", 0, 10)).Count);
    }

    [Fact]
    public async Task SharesTheFileWithTheStateStore_EachWithItsOwnSchemaVersion()
    {
        using var state = new SqliteStorage(new SqliteStorageOptions { Path = DatabasePath });
        await state.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new StoreItem("{}"u8.ToArray(), null) });
        await Store.CreateConversationAsync("c1", "u1", Start);

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT MAX(version) FROM schema_version) || '/' || (SELECT MAX(version) FROM directline_schema_version);";

        Assert.Equal($"{SqliteSchema.CurrentVersion}/{SqliteDirectLineSchema.CurrentVersion}", command.ExecuteScalar());
        Assert.Single(await state.ReadAsync(["k"]));
    }
}
