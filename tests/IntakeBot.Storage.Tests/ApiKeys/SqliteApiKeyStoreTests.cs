using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Testing;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.ApiKeys;

public sealed class SqliteApiKeyStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-keys-").FullName;
    private readonly ManualTimeProvider _clock = new();
    private readonly SqliteApiKeyStore _store;

    public SqliteApiKeyStoreTests() => _store = new SqliteApiKeyStore(new SqliteStorageOptions { Path = DatabasePath }, _clock);

    private string DatabasePath => Path.Combine(_folder, "intakebot.db");

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Create_ThenValidate_ReturnsTheKeysOrganisation()
    {
        var created = await _store.CreateAsync("kracht-den-haag", "  koppeling CRM  ");

        var valid = await _store.ValidateAsync(created.Secret);

        Assert.Equal(created.Key, valid);
        Assert.Equal("kracht-den-haag", valid!.OrganisationId);
        Assert.Equal("koppeling CRM", valid.Name);
        Assert.Equal(_clock.GetUtcNow(), valid.CreatedAt);
        Assert.StartsWith("ikb_" + created.Key.Id + "_", created.Secret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheHashIsStored()
    {
        var created = await _store.CreateAsync("blijf-groep", null);

        var stored = await File.ReadAllBytesAsync(DatabasePath);
        var secretPart = created.Secret[(created.Secret.LastIndexOf('_') + 1)..];

        Assert.Equal(-1, System.Text.Encoding.ASCII.GetString(stored).IndexOf(secretPart, StringComparison.Ordinal));
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(hash) FROM api_keys;";
        Assert.Equal(32L, command.ExecuteScalar());
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
        await _store.CreateAsync("zorgkracht12", null);

        Assert.Null(await _store.ValidateAsync(key));
    }

    [Fact]
    public async Task Validate_RightIdWrongSecret_ReturnsNull()
    {
        var created = await _store.CreateAsync("zorgkracht12", null);
        var last = created.Secret[^2] == 'A' ? 'B' : 'A';
        var tampered = created.Secret[..^2] + last + created.Secret[^1];

        Assert.Null(await _store.ValidateAsync(tampered));
    }

    [Fact]
    public async Task Revoke_StopsTheKey_OnlyOnce_AndListShowsIt()
    {
        var revoked = await _store.CreateAsync("zorgkracht12", "oud");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var kept = await _store.CreateAsync("zorgkracht12", "nieuw");
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await _store.RevokeAsync(revoked.Key.Id));
        Assert.False(await _store.RevokeAsync(revoked.Key.Id));
        Assert.False(await _store.RevokeAsync("bestaat-niet"));

        Assert.Null(await _store.ValidateAsync(revoked.Secret));
        Assert.NotNull(await _store.ValidateAsync(kept.Secret));
        var list = await _store.ListAsync();
        Assert.Equal([revoked.Key.Id, kept.Key.Id], list.Select(k => k.Id));
        Assert.Equal(_clock.GetUtcNow(), list[0].RevokedAt);
        Assert.Null(list[1].RevokedAt);
    }

    [Fact]
    public async Task Keys_SurviveReopening()
    {
        var created = await _store.CreateAsync("blijf-groep", null);
        _store.Dispose();

        using var reopened = new SqliteApiKeyStore(new SqliteStorageOptions { Path = DatabasePath }, _clock);

        Assert.Equal(created.Key, await reopened.ValidateAsync(created.Secret));
    }

    [Fact]
    public async Task Create_BadArguments_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.CreateAsync(" ", null));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.CreateAsync("blijf-groep", new string('x', 201)));
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task EveryKey_IsDifferent()
    {
        var keys = new List<CreatedApiKey>();
        for (var i = 0; i < 20; i++)
        {
            keys.Add(await _store.CreateAsync("blijf-groep", null));
        }

        Assert.Equal(20, keys.Select(k => k.Secret).Distinct().Count());
        Assert.Equal(20, keys.Select(k => k.Key.Id).Distinct().Count());
    }
}
