using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Staff.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff.Web;

public sealed class StaffIdentitySchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-identity-").FullName;

    [Fact]
    public async Task ProcessesStartingAtOnce_CreateTheSchemaOnce_AndAgainIsANoOp()
    {
        var storage = new StorageOptions { SqlitePath = Path.Combine(_folder, "intakebot.db") };
        var providers = Enumerable.Range(0, 4).Select(_ => Provider(storage)).ToList();

        await Task.WhenAll(providers.Select(p => Task.Run(() => EnsureAsync(p))));
        await EnsureAsync(providers[0]);

        await using var scope = providers[0].CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StaffIdentityDbContext>();
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM identity_schema_version").SingleAsync());
        Assert.Equal(StaffRoles.All.Order(StringComparer.Ordinal), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(0, await db.Users.CountAsync());
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static ServiceProvider Provider(StorageOptions storage)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddStaffAccounts(storage);
        return services.BuildServiceProvider();
    }

    private static async Task EnsureAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        await StaffIdentitySchema.EnsureAsync(scope.ServiceProvider.GetRequiredService<StaffIdentityDbContext>(), CancellationToken.None);
    }
}
