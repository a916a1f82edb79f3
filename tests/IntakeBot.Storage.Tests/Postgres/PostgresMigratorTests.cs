using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Postgres;
using IntakeBot.Testing.Cases;
using IntakeBot.Testing.Postgres;

namespace IntakeBot.Storage.Tests.Postgres;

public sealed class PostgresMigratorTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly PostgresScope _scope = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task FirstUse_OfAnEmptyDatabase_ByManyInstancesAtOnce_MigratesOnce_WithoutErrors()
    {
        // Eight instances, like eight bot processes starting together, each with every store.
        var instances = Enumerable.Range(0, 8).Select(_ => _scope.Open()).ToList();
        var samples = new SampleCases();
        var cases = instances.Select(_ => samples.Next()).ToList();
        using var start = new ManualResetEventSlim();

        var work = instances.SelectMany((instance, n) => new Func<Task>[]
        {
            () => new PostgresStorage(instance).WriteAsync(new Dictionary<string, StoreItem> { [$"k{n}"] = new("{}"u8.ToArray(), null) }),
            () => new PostgresCaseStore(instance, PlaintextProtector.Instance).CreateAsync(cases[n]),
            () => new PostgresApiKeyStore(instance, TimeProvider.System).ListAsync(),
            () => new PostgresDirectLineStore(instance).CreateConversationAsync($"c{n}", "u", DateTimeOffset.UnixEpoch),
        }).Select(run => Task.Run(async () =>
        {
            start.Wait();
            await run();
        })).ToArray();
        start.Set();
        await Task.WhenAll(work);

        Assert.Equal("1,2", await _scope.ScalarAsync("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version;"));
        Assert.Equal("1", await _scope.ScalarAsync("SELECT string_agg(version::text, ',' ORDER BY version) FROM directline_schema_version;"));
        Assert.Equal(8L, await _scope.ScalarAsync("SELECT COUNT(*) FROM cases;"));
        Assert.Equal(8L, await _scope.ScalarAsync("SELECT COUNT(*) FROM directline_conversations;"));
    }

    [Fact]
    public async Task AFailedMigration_LeavesNothingBehind_AndIsRetriedOnTheNextCall()
    {
        // A table that the first migration wants to create, but with other columns: that migration fails.
        await _scope.ScalarAsync("CREATE TABLE state_items (key TEXT PRIMARY KEY);");
        var storage = new PostgresStorage(_scope.Open());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.ReadAsync(["k"]));
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(true, await _scope.ScalarAsync("SELECT to_regclass('schema_version') IS NULL;"));

        await _scope.ScalarAsync("DROP TABLE state_items;");
        Assert.Empty(await storage.ReadAsync(["k"]));
        Assert.Equal(2, await _scope.ScalarAsync("SELECT MAX(version) FROM schema_version;"));
    }
}
