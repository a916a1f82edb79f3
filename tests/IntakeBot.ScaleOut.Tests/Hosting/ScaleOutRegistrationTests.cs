using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Bot.Delivery;
using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Privacy;
using IntakeBot.Testing;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntakeBot.ScaleOut.Tests.Hosting;

/// <summary>The whole host's wiring, chosen by configuration: the scale-out parts with PostgreSQL, the single-instance ones with SQLite.</summary>
public sealed class ScaleOutRegistrationTests : IDisposable
{
    private const string Secret = "scale-out-registration-secret-0123456789";
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-scaleout-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Postgres_ListensForOtherInstances_LocksTheOutbox_AndKeepsTheKeyRingInTheDatabase()
    {
        // Building connects to nothing, so an unreachable server is fine here.
        await using var app = IntakeBotHost.Build([.. Settings("postgres"), $"--DirectLine:Secret={Secret}"]);

        Assert.NotNull(app.Services.GetService<DirectLineNotifierListener>());
        Assert.IsType<PostgresOutboxLock>(app.Services.GetRequiredService<IOutboxLock>());
        Assert.IsType<DatabaseXmlRepository>(app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [Fact]
    public async Task Postgres_WithStoreFolder_KeepsTheKeyRingInTheFolder()
    {
        await using var app = IntakeBotHost.Build([.. Settings("postgres"), $"--DirectLine:Secret={Secret}", "--DataProtection:Store=folder", $"--DataProtection:KeysPath={Path.Combine(_data, "keys")}"]);

        Assert.IsType<FileSystemXmlRepository>(app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [Fact]
    public async Task Sqlite_KeepsTheSingleInstanceWiring()
    {
        await using var app = IntakeBotHost.Build(Settings("sqlite"));

        Assert.Null(app.Services.GetService<DirectLineNotifierListener>());
        Assert.IsType<SingleInstanceOutboxLock>(app.Services.GetRequiredService<IOutboxLock>());
        Assert.IsType<FileSystemXmlRepository>(app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [Fact]
    public void Postgres_WithoutDirectLineSecret_StopsStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntakeBotHost.Build(Settings("postgres")));

        Assert.Contains("DirectLine:Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_WithKeyStoreDatabase_StopsStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntakeBotHost.Build([.. Settings("sqlite"), "--DataProtection:Store=database"]));

        Assert.Contains("DataProtection:Store", error.Message, StringComparison.Ordinal);
    }

    private string[] Settings(string provider) =>
    [
        $"--Content:RootPath={RepositoryPaths.Content}",
        $"--Storage:SqlitePath={Path.Combine(_data, "intakebot.db")}",
        $"--Storage:Provider={provider}",
        "--Storage:PostgresConnectionString=Host=127.0.0.1;Port=1;Database=intakebot;Username=bot;Password=unused",
    ];
}
