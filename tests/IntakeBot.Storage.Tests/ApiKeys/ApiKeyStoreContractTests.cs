using System.Globalization;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Testing;

namespace IntakeBot.Storage.Tests.ApiKeys;

/// <summary>
/// The behaviour every <see cref="IApiKeyStore"/> must show (SQLite, PostgreSQL). A provider's test class supplies a
/// store on a fresh, empty database; xunit creates one instance per test.
/// </summary>
public abstract class ApiKeyStoreContractTests : IAsyncLifetime
{
    private IApiKeyStore? _store;

    protected ManualTimeProvider Clock { get; } = new();

    protected IApiKeyStore Store => _store ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>A store on the test's database, new (<paramref name="another"/> false) or as another process would open it.</summary>
    protected abstract IApiKeyStore Open(bool another);

    /// <summary>Runs raw SQL on the same database (the statements used here read alike on SQLite and PostgreSQL).</summary>
    protected abstract Task<object?> ScalarAsync(string sql);

    /// <summary>Runs after the test: close stores, delete files.</summary>
    protected abstract Task CleanupAsync();

    public Task InitializeAsync()
    {
        _store = Open(another: false);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        await CleanupAsync();
    }

    [Fact]
    public async Task Create_ThenValidate_ReturnsTheKeysOrganisation()
    {
        var created = await Store.CreateAsync("kracht-den-haag", "  koppeling CRM  ");

        var valid = await Store.ValidateAsync(created.Secret);

        Assert.Equal(created.Key, valid);
        Assert.Equal("kracht-den-haag", valid!.OrganisationId);
        Assert.Equal("koppeling CRM", valid.Name);
        Assert.Equal(Clock.GetUtcNow(), valid.CreatedAt);
        Assert.StartsWith("ikb_" + created.Key.Id + "_", created.Secret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheHashIsStored()
    {
        var created = await Store.CreateAsync("blijf-groep", null);

        Assert.Equal(32L, Convert.ToInt64(await ScalarAsync($"SELECT length(hash) FROM api_keys WHERE id = '{created.Key.Id}';"), CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM api_keys WHERE name LIKE '%{created.Secret[^8..]}%' OR organisation_id LIKE '%{created.Secret[^8..]}%';"), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ikb_")]
    [InlineData("Bearer abc")]
    [InlineData("ikb_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ikb_ZZZZZZZZZZZZ_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ikb_000000000000_!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("ikb_😀😀😀😀😀😀_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ikb_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZ")] // unused bits set in the last character
    public async Task Validate_Malformed_OrUnknown_ReturnsNull(string? key)
    {
        await Store.CreateAsync("zorgkracht12", null);

        Assert.Null(await Store.ValidateAsync(key));
    }

    [Fact]
    public async Task Validate_RightIdWrongSecret_ReturnsNull()
    {
        var created = await Store.CreateAsync("zorgkracht12", null);
        var last = created.Secret[^2] == 'A' ? 'B' : 'A';
        var tampered = created.Secret[..^2] + last + created.Secret[^1];

        Assert.Null(await Store.ValidateAsync(tampered));
    }

    [Fact]
    public async Task Revoke_StopsTheKey_OnlyOnce_AndListShowsIt()
    {
        var revoked = await Store.CreateAsync("zorgkracht12", "oud");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var kept = await Store.CreateAsync("zorgkracht12", "nieuw");
        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await Store.RevokeAsync(revoked.Key.Id));
        Assert.False(await Store.RevokeAsync(revoked.Key.Id));
        Assert.False(await Store.RevokeAsync("bestaat-niet"));

        Assert.Null(await Store.ValidateAsync(revoked.Secret));
        Assert.NotNull(await Store.ValidateAsync(kept.Secret));
        var list = await Store.ListAsync();
        Assert.Equal([revoked.Key.Id, kept.Key.Id], list.Select(k => k.Id));
        Assert.Equal(Clock.GetUtcNow(), list[0].RevokedAt);
        Assert.Null(list[1].RevokedAt);
    }

    [Fact]
    public async Task List_KeysCreatedInTheSameInstant_KeepTheirOrder()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Store.CreateAsync("blijf-groep", $"sleutel {i}")).Key.Id);
        }

        Assert.Equal(ids, (await Store.ListAsync()).Select(k => k.Id));
    }

    [Fact]
    public async Task Keys_SurviveReopening_AndAreSharedWithAnotherInstance()
    {
        var created = await Store.CreateAsync("blijf-groep", "naam met nul\u0000 en emoji 😀");
        (Store as IDisposable)?.Dispose();

        var reopened = Open(another: true);

        Assert.Equal(created.Key, await reopened.ValidateAsync(created.Secret));
        Assert.True(await reopened.RevokeAsync(created.Key.Id));
    }

    [Fact]
    public async Task Create_BadArguments_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(" ", null));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync("blijf-groep", new string('x', 201)));
        Assert.Empty(await Store.ListAsync());
    }

    [Fact]
    public async Task EveryKey_IsDifferent()
    {
        var keys = new List<CreatedApiKey>();
        for (var i = 0; i < 20; i++)
        {
            keys.Add(await Store.CreateAsync("blijf-groep", null));
        }

        Assert.Equal(20, keys.Select(k => k.Secret).Distinct().Count());
        Assert.Equal(20, keys.Select(k => k.Key.Id).Distinct().Count());
    }
}
