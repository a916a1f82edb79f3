using IntakeBot.Bot.Hosting;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Hosting;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-registration-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Default_IsOneSqliteFile_ForEveryStore()
    {
        using var provider = Build(new StorageOptions { SqlitePath = Path.Combine(_data, "sub", "bot.db") });

        Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());
        Assert.IsType<SqliteCaseStore>(provider.GetRequiredService<ICaseStore>());
        Assert.IsType<SqliteApiKeyStore>(provider.GetRequiredService<IApiKeyStore>());
        Assert.IsType<SqliteDirectLineStore>(Assert.IsType<TailCachingDirectLineStore>(provider.GetRequiredService<IDirectLineStore>()).Inner);
        Assert.Same(PlaintextProtector.Instance, provider.GetRequiredService<IPersonalDataProtector>());
        Assert.True(Directory.Exists(Path.Combine(_data, "sub")));
    }

    [Fact]
    public void SqlitePath_IsResolvedAgainstTheContentRoot_WhenOneIsGiven()
    {
        Assert.Equal(Path.Combine(_data, "data", "intakebot.db"), StorageRegistration.SqliteFile(new StorageOptions(), _data));
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "intakebot.db")), StorageRegistration.SqliteFile(new StorageOptions()));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData(" PostgreS ")]
    public void Postgres_RegistersEveryStore_OnOneDatabase_WithoutConnecting(string provider)
    {
        using var services = Build(new StorageOptions { Provider = provider, PostgresConnectionString = "Host=127.0.0.1;Port=1;Database=intakebot;Password=Zeer-Geheim-42" });

        Assert.IsType<PostgresStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<PostgresCaseStore>(services.GetRequiredService<ICaseStore>());
        Assert.IsType<PostgresApiKeyStore>(services.GetRequiredService<IApiKeyStore>());
        Assert.IsType<PostgresDirectLineStore>(services.GetRequiredService<IDirectLineStore>());
        Assert.Equal("'intakebot' on 127.0.0.1:1", services.GetRequiredService<PostgresDatabase>().Description);
    }

    [Fact]
    public void AProtectorRegisteredLater_IsTheOneUsed()
    {
        var services = new ServiceCollection().AddIntakeStorage(new StorageOptions { SqlitePath = Path.Combine(_data, "bot.db") });
        var protector = new FakeProtector();
        services.AddSingleton<IPersonalDataProtector>(protector);
        using var provider = services.BuildServiceProvider();

        Assert.Same(protector, provider.GetRequiredService<IPersonalDataProtector>());
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("")]
    public void UnknownProvider_StopsStartUp_NamingIt(string name)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddIntakeStorage(new StorageOptions { Provider = name }));

        Assert.Contains($"Storage:Provider is '{name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'postgres'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Postgres_WithoutAConnectionString_StopsStartUp(string? connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddIntakeStorage(new StorageOptions { Provider = "postgres", PostgresConnectionString = connectionString }));

        Assert.Contains("Storage:PostgresConnectionString is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_WithAMalformedConnectionString_StopsStartUp_WithoutShowingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddIntakeStorage(
            new StorageOptions { Provider = "postgres", PostgresConnectionString = "Host=db;Poort=5432;Password=Zeer-Geheim-42" }));

        Assert.Contains("PostgreSQL connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zeer-Geheim-42", error.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(StorageOptions options) => new ServiceCollection().AddIntakeStorage(options).BuildServiceProvider();

    private sealed class FakeProtector : IPersonalDataProtector
    {
        public string Protect(string plaintext) => plaintext;

        public string Unprotect(string protectedText) => protectedText;
    }
}
