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

    [Fact]
    public async Task InstancesStartingTogetherOnAnEmptyDatabase_CreateOneFirstKey_AndReadEachOther()
    {
        var connectionString = database.NewSchema();
        var instances = Enumerable.Range(0, 4).Select(_ => Instance(connectionString)).ToList();
        try
        {
            using var start = new ManualResetEventSlim();
            var protecting = instances
                .Select((instance, index) => Task.Run(() =>
                {
                    start.Wait();
                    return instance.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out").Protect($"waarde {index}");
                }))
                .ToList();
            start.Set();
            var protectedValues = await Task.WhenAll(protecting);

            Assert.Equal(1L, await PostgresAdmin.CountAsync(connectionString, "SELECT COUNT(*) FROM dataprotection_keys;"));
            for (var index = 0; index < instances.Count; index++)
            {
                var reader = instances[(index + 1) % instances.Count].GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out");
                Assert.Equal($"waarde {index}", reader.Unprotect(protectedValues[index]));
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static ServiceProvider Instance(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PostgresDatabase(connectionString));
        services.AddPersonalDataProtectionInDatabase(connectionString, new DataProtectionKeyOptions());
        return services.BuildServiceProvider();
    }
}
