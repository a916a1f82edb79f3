using IntakeBot.Dialogs.State;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.DirectLine;

public sealed class SqliteDirectLineStoreTests : DatabaseDirectLineStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-directline-store-").FullName;

    private readonly List<SqliteDirectLineStore> _opened = [];

    private string DatabasePath => Path.Combine(_folder, "state.db");

    protected override IDirectLineStore OpenAnother()
    {
        var store = new SqliteDirectLineStore(new SqliteStorageOptions { Path = DatabasePath });
        _opened.Add(store);
        return store;
    }

    protected override IDirectLineStore CreateStore() => new SqliteDirectLineStore(new SqliteStorageOptions { Path = DatabasePath });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _opened.ForEach(store => store.Dispose());
        Directory.Delete(_folder, recursive: true);
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
