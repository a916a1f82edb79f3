using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Privacy;

namespace IntakeBot.ScaleOut.Tests.Privacy;

public sealed class DataProtectionKeyStoreTests
{
    [Theory]
    [InlineData(null, "postgres", true)]
    [InlineData("", "POSTGRES", true)]
    [InlineData(null, "sqlite", false)]
    [InlineData("folder", "postgres", false)]
    [InlineData(" Database ", "postgres", true)]
    [InlineData("folder", "sqlite", false)]
    public void InDatabase_DefaultsToTheDatabaseOnPostgres(string? store, string provider, bool expected) =>
        Assert.Equal(expected, DataProtectionKeyStore.InDatabase(new DataProtectionKeyOptions { Store = store }, new StorageOptions { Provider = provider }));

    [Theory]
    [InlineData("database", "sqlite", "needs Storage:Provider 'postgres'")]
    [InlineData("redis", "postgres", "not a key store")]
    [InlineData("\u202Ekeys\u0000", "postgres", "not a key store")]
    public void InDatabase_ExplainsBadSettings(string store, string provider, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DataProtectionKeyStore.InDatabase(new DataProtectionKeyOptions { Store = store }, new StorageOptions { Provider = provider }));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
