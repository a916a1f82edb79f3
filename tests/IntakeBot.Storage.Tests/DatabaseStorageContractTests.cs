using System.Globalization;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

/// <summary>
/// What every database-backed <see cref="IStorage"/> (SQLite, PostgreSQL) must show beyond the common contract: data
/// outlives the store instance, several instances (like several processes) share it safely, and the schema is versioned.
/// </summary>
public abstract class DatabaseStorageContractTests : StorageContractTests
{
    /// <summary>Another store on the same database, as another process would open it. The subclass disposes it.</summary>
    protected abstract IStorage OpenAnother();

    /// <summary>The schema version this build's migrations bring the state tables to.</summary>
    protected abstract int SchemaVersion { get; }

    /// <summary>Runs raw SQL on the same database (the statements used here read alike on SQLite and PostgreSQL).</summary>
    protected abstract Task<object?> ScalarAsync(string sql);

    [Fact]
    public async Task Reopen_AfterDispose_KeepsDocumentsAndETags()
    {
        var etag = await Docs.CreateAsync(Storage, "k", "{\"bewaard\":true}");
        (Storage as IDisposable)?.Dispose();

        var reopened = OpenAnother();
        var item = (await reopened.ReadAsync(["k"]))["k"];

        Assert.Equal("{\"bewaard\":true}", Docs.Text(item));
        Assert.Equal(etag, item.ETag);
        await reopened.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), etag)));
    }

    [Fact]
    public async Task TwoStores_LikeTwoProcesses_LoseNoUpdate()
    {
        await Docs.CreateAsync(Storage, "teller", "{\"n\":0}");
        var other = OpenAnother();

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
    public async Task TwoStores_WritingOneKeyWithTheSameETag_ExactlyOneWins()
    {
        var stores = new[] { Storage, OpenAnother(), OpenAnother(), OpenAnother() };
        for (var round = 0; round < 10; round++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"ronde-{round}");
            var etag = await Docs.CreateAsync(Storage, key, "{\"n\":-1}");
            using var start = new ManualResetEventSlim();

            var attempts = stores.Select((store, n) => Task.Run(async () =>
            {
                start.Wait();
                try
                {
                    await store.WriteAsync(Docs.Changes((key, Docs.Json(string.Create(CultureInfo.InvariantCulture, $"{{\"n\":{n}}}")), etag)));
                    return n;
                }
                catch (ETagConflictException conflict)
                {
                    Assert.Equal(etag, conflict.ExpectedETag);
                    return -1;
                }
            })).ToArray();
            start.Set();

            var winner = Assert.Single(await Task.WhenAll(attempts), n => n >= 0);
            Assert.Equal(winner, await ReadCountAsync(stores[^1], key));
        }
    }

    [Fact]
    public async Task Schema_RecordsItsVersion_AndANewerOneIsRefused()
    {
        await Docs.CreateAsync(Storage, "k", "{}");
        Assert.Equal(SchemaVersion, Convert.ToInt32(await ScalarAsync("SELECT MAX(version) FROM schema_version;"), CultureInfo.InvariantCulture));

        await ScalarAsync("INSERT INTO schema_version (version) VALUES (99);");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenAnother().ReadAsync(["k"]));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }
}
