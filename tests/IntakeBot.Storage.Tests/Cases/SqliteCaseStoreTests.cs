using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.Cases;

public sealed class SqliteCaseStoreTests : DatabaseCaseStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-cases-").FullName;
    private readonly List<IDisposable> _extra = [];

    private string DatabasePath => Path.Combine(_folder, "intakebot.db");

    protected override ICaseStore CreateStore() => new SqliteCaseStore(Options, PlaintextProtector.Instance);

    private SqliteStorageOptions Options => new() { Path = DatabasePath };

    protected override ICaseStore OpenAnother() => Track(new SqliteCaseStore(Options, PlaintextProtector.Instance));

    protected override Task<object?> ScalarAsync(string sql) => Task.FromResult(Scalar(sql));

    protected override Task CleanupAsync()
    {
        _extra.ForEach(store => store.Dispose());
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SharesTheFile_WithTheStateStore()
    {
        var state = Track(new SqliteStorage(Options));
        await state.WriteAsync(new Dictionary<string, StoreItem> { ["gesprek"] = new("{}"u8.ToArray(), null) });
        var created = Samples.Next();

        await Store.CreateAsync(created);

        Assert.Single(await state.ReadAsync(["gesprek"]));
        CaseAssert.Same(created, await Store.GetAsync(created.Reference));
        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar("SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task FirstUse_OfAFreshFile_ByEveryStoreAtOnce_MigratesOnce()
    {
        var path = Path.Combine(_folder, "vers.db");
        var options = new SqliteStorageOptions { Path = path };
        var state = Track(new SqliteStorage(options));
        var cases = Track(new SqliteCaseStore(options, PlaintextProtector.Instance));
        var keys = Track(new SqliteApiKeyStore(options, TimeProvider.System));
        using var start = new ManualResetEventSlim();

        var work = new Func<Task>[]
        {
            () => state.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}"u8.ToArray(), null) }),
            () => cases.CreateAsync(Samples.Next()),
            () => keys.CreateAsync("blijf-groep", null),
            () => cases.FindByConversationAsync("x"),
        }.Select(run => Task.Run(async () =>
        {
            start.Wait();
            await run();
        })).ToArray();
        start.Set();
        await Task.WhenAll(work);

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MAX(version) FROM schema_version;";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(SqliteSchema.CurrentVersion, reader.GetInt32(0));
        Assert.Equal(SqliteSchema.CurrentVersion, reader.GetInt32(1));
    }

    [Fact]
    public async Task Schema_HasTheTablesAndIndices()
    {
        await Store.GetAsync("KL-7F3K-9Q");

        var names = new HashSet<string>(StringComparer.Ordinal);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Superset(new HashSet<string>(["cases", "case_events", "api_keys", "cases_conversation", "cases_organisation"]), names);
    }

    [Fact]
    public async Task Kind_And_Status_AreStoredByTheirDutchNames()
    {
        var created = Samples.Next(IntakeBot.Content.Model.Kind.Bezwaar);
        await Store.CreateAsync(created);

        Assert.Equal("bezwaar", Scalar($"SELECT kind FROM cases WHERE reference = '{created.Reference}';"));
        Assert.Equal("nieuw", Scalar($"SELECT status FROM cases WHERE reference = '{created.Reference}';"));
    }

    [Fact]
    public async Task Fields_AreStoredProtected_AndReadBackThroughTheProtector()
    {
        var protector = new ReversibleTestProtector();
        var store = Track(new SqliteCaseStore(Options, protector));
        var created = Samples.Next();
        await store.CreateAsync(created);

        var stored = Assert.IsType<string>(Scalar($"SELECT fields FROM cases WHERE reference = '{created.Reference}';"));

        Assert.StartsWith("tp1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Fields[CaseFieldNames.Name], stored, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseFieldNames.Description, stored, StringComparison.Ordinal);
        CaseAssert.Same(created, await store.GetAsync(created.Reference));
        Assert.Equal(1, protector.Protected);
    }

    [Fact]
    public async Task NotASqliteFile_GivesAClearErrorNamingTheFile()
    {
        var path = Path.Combine(_folder, "notities.txt");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("Dit is geen database. ", 400)));
        var store = Track(new SqliteCaseStore(new SqliteStorageOptions { Path = path }, PlaintextProtector.Instance));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(Samples.Next()));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDispose_CallsThrowObjectDisposed()
    {
        ((IDisposable)Store).Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => Store.CreateAsync(Samples.Next()));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Store.GetAsync("KL-7F3K-9Q"));
    }

    private T Track<T>(T store)
        where T : IDisposable
    {
        _extra.Add(store);
        return store;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    private object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
