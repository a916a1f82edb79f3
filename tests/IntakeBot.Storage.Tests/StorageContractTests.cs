using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IStorage"/> must show. A provider's test class derives from this and supplies a
/// fresh, empty store; xunit creates one instance per test.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private IStorage? _storage;

    protected IStorage Storage => _storage ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>A new, empty store. Called once per test.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>Runs after the store is disposed: delete files, drop schemas.</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    public Task InitializeAsync()
    {
        _storage = CreateStorage();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        switch (_storage)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        await CleanupAsync();
    }

    [Fact]
    public async Task Read_MissingKeys_ReturnsNoItems()
    {
        var found = await Storage.ReadAsync(["nergens", "ook-niet"]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task Write_Create_ThenReadReturnsTheDocumentAndItsETag()
    {
        var etags = await Storage.WriteAsync(Docs.Changes(("gesprek/1", Docs.Json("{\"stap\":1}"), null)));

        var found = await Storage.ReadAsync(["gesprek/1", "gesprek/2"]);

        var item = Assert.Single(found).Value;
        Assert.Equal("{\"stap\":1}", Docs.Text(item));
        Assert.False(string.IsNullOrEmpty(item.ETag));
        Assert.NotEqual(StoreItem.AnyETag, item.ETag);
        Assert.Equal(etags["gesprek/1"], item.ETag);
    }

    [Fact]
    public async Task Write_CreateTwice_ThrowsConflictAndKeepsTheFirst()
    {
        var first = await Docs.CreateAsync(Storage, "k", "{\"v\":1}");

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{\"v\":2}"), null))));

        Assert.Equal("k", conflict.Key);
        Assert.Null(conflict.ExpectedETag);
        Assert.Equal(first, conflict.ActualETag);
        Assert.Equal("{\"v\":1}", await Docs.ReadTextAsync(Storage, "k"));
    }

    [Fact]
    public async Task Write_WithCurrentETag_UpdatesAndIssuesANewETag()
    {
        var first = await Docs.CreateAsync(Storage, "k", "{\"v\":1}");

        var second = (await Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{\"v\":2}"), first))))["k"];

        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal("{\"v\":2}", Docs.Text(item));
        Assert.Equal(second, item.ETag);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsConflictAndKeepsTheStoredValue()
    {
        var stale = await Docs.CreateAsync(Storage, "k", "{\"v\":1}");
        var current = (await Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{\"v\":2}"), stale))))["k"];

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{\"v\":3}"), stale))));

        Assert.Equal(stale, conflict.ExpectedETag);
        Assert.Equal(current, conflict.ActualETag);
        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal("{\"v\":2}", Docs.Text(item));
        Assert.Equal(current, item.ETag);
    }

    [Fact]
    public async Task Write_WithETagForMissingKey_ThrowsConflictAndCreatesNothing()
    {
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), "1"))));

        Assert.Null(conflict.ActualETag);
        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Write_AnyETag_CreatesAndOverwrites()
    {
        var created = (await Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{\"v\":1}"), StoreItem.AnyETag))))["k"];
        var overwritten = (await Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{\"v\":2}"), StoreItem.AnyETag))))["k"];

        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal("{\"v\":2}", Docs.Text(item));
        Assert.Equal(overwritten, item.ETag);
        Assert.NotEqual(created, overwritten);
    }

    [Fact]
    public async Task Write_SeveralItemsWithOneFailingPrecondition_WritesNothing()
    {
        var a = await Docs.CreateAsync(Storage, "a", "{\"v\":\"a1\"}");
        var b = await Docs.CreateAsync(Storage, "b", "{\"v\":\"b1\"}");
        await Storage.WriteAsync(Docs.Changes(("b", Docs.Json("{\"v\":\"b2\"}"), b)));

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Docs.Changes(
            ("a", Docs.Json("{\"v\":\"a2\"}"), a),
            ("nieuw", Docs.Json("{\"v\":\"n1\"}"), null),
            ("alles", Docs.Json("{\"v\":\"x1\"}"), StoreItem.AnyETag),
            ("b", Docs.Json("{\"v\":\"b3\"}"), b))));

        Assert.Equal("b", conflict.Key);
        var found = await Storage.ReadAsync(["a", "b", "nieuw", "alles"]);
        Assert.Equal(["a", "b"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("{\"v\":\"a1\"}", Docs.Text(found["a"]));
        Assert.Equal(a, found["a"].ETag);
        Assert.Equal("{\"v\":\"b2\"}", Docs.Text(found["b"]));
    }

    [Fact]
    public async Task Write_SeveralItems_WritesAllAndReturnsTheETagOfEach()
    {
        var a = await Docs.CreateAsync(Storage, "a", "{}");

        var etags = await Storage.WriteAsync(Docs.Changes(("a", Docs.Json("[1]"), a), ("b", Docs.Json("[2]"), null), ("c", Docs.Json("[3]"), StoreItem.AnyETag)));

        var found = await Storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(3, etags.Count);
        Assert.All(["a", "b", "c"], key => Assert.Equal(etags[key], found[key].ETag));
        Assert.Equal(["[1]", "[2]", "[3]"], new[] { "a", "b", "c" }.Select(key => Docs.Text(found[key])));
        Assert.Equal(3, etags.Values.Distinct().Count());
    }

    [Fact]
    public async Task Delete_RemovesTheItem_AndItsOldETagNoLongerWrites()
    {
        var old = await Docs.CreateAsync(Storage, "k", "{\"v\":1}");
        await Docs.CreateAsync(Storage, "ander", "{}");

        await Storage.DeleteAsync(["k"]);

        Assert.Equal(["ander"], (await Storage.ReadAsync(["k", "ander"])).Keys);
        await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), old))));
        var recreated = await Docs.CreateAsync(Storage, "k", "{\"v\":2}");
        Assert.NotEqual(old, recreated);
        await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), old))));
    }

    [Fact]
    public async Task Delete_MissingKeys_IsNotAnError()
    {
        await Docs.CreateAsync(Storage, "blijft", "{}");

        await Storage.DeleteAsync(["bestaat-niet", "ook-niet"]);

        Assert.Single(await Storage.ReadAsync(["blijft"]));
    }

    [Fact]
    public async Task ETag_ChangesOnEveryWrite()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { await Docs.CreateAsync(Storage, "k", "{\"n\":0}") };
        var current = seen.Single();

        for (var n = 1; n <= 20; n++)
        {
            var precondition = n % 2 == 0 ? current : StoreItem.AnyETag;
            current = (await Storage.WriteAsync(Docs.Changes(("k", Docs.Json($"{{\"n\":{n}}}"), precondition))))["k"];
            Assert.True(seen.Add(current), $"eTag '{current}' was issued before.");
        }
    }
}
