using IntakeBot.Bot.Privacy;
using IntakeBot.ScaleOut.Tests.Support;
using IntakeBot.Storage.Postgres;
using IntakeBot.Testing.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.ScaleOut.Tests.Privacy;

/// <summary>Data Protection keys in PostgreSQL: what one instance protects, another instance on the database reads.</summary>
public sealed class SharedKeyRingTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task ValueProtectedOnInstanceA_IsReadOnInstanceB_WithOneKeyInTheDatabase()
    {
        var connectionString = database.NewSchema();
        await using var instanceA = Instance(connectionString);
        var protectedValue = instanceA.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out").Protect("Jansen, 0612345678");
        await using var instanceB = Instance(connectionString);

        var read = instanceB.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out").Unprotect(protectedValue);

        Assert.Equal("Jansen, 0612345678", read);
        Assert.Equal(1L, await PostgresAdmin.CountAsync(connectionString, "SELECT COUNT(*) FROM dataprotection_keys;"));
    }

    [Fact]
    public async Task KeyRingOfAnotherDatabase_CannotRead()
    {
        await using var instanceA = Instance(database.NewSchema());
        var protectedValue = instanceA.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out").Protect("geheim");
        await using var elsewhere = Instance(database.NewSchema());

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(
            () => elsewhere.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out").Unprotect(protectedValue));
    }

    private static ServiceProvider Instance(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new PostgresDatabase(connectionString));
        services.AddPersonalDataProtectionInDatabase(new DataProtectionKeyOptions());
        return services.BuildServiceProvider();
    }
}
