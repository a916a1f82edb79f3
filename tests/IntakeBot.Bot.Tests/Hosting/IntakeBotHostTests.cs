using IntakeBot.Bot.Hosting;
using IntakeBot.Content;
using IntakeBot.Content.Loading;
using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Hosting;

public sealed class IntakeBotHostTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-host-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Host_Starts_ServesHealth_AndKeepsStateInSqlite()
    {
        await using var app = IntakeBotHost.Build(Arguments(RepositoryPaths.Content));
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            Assert.Equal("ok", await http.GetStringAsync("/healthz"));
            Assert.IsType<SqliteStorage>(app.Services.GetRequiredService<IStorage>());
            Assert.NotEmpty(app.Services.GetRequiredService<ContentCatalog>().Organisations);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task State_IsWrittenUnderTheConfiguredPath()
    {
        await using var app = IntakeBotHost.Build(Arguments(RepositoryPaths.Content));
        var storage = app.Services.GetRequiredService<IStorage>();

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["probe"] = new StoreItem("{}"u8.ToArray(), null) });

        Assert.True(File.Exists(Path.Combine(_data, "state", "intakebot.db")));
    }

    [Fact]
    public async Task ConfigurationFiles_AreNotWatched_UnlessTheOperatorAsks()
    {
        await using var quiet = IntakeBotHost.Build(Arguments(RepositoryPaths.Content));
        await using var watching = IntakeBotHost.Build([.. Arguments(RepositoryPaths.Content), $"--{ConfigurationReload.Key}=true"]);

        Assert.All(JsonSources(quiet), source => Assert.False(source.ReloadOnChange));
        Assert.Contains(JsonSources(watching), source => source.ReloadOnChange);
    }

    [Fact]
    public async Task RequestLogging_StartsAtWarning_AndConfigurationCanTurnItOn()
    {
        await using var quiet = IntakeBotHost.Build(Arguments(RepositoryPaths.Content));
        await using var verbose = IntakeBotHost.Build([.. Arguments(RepositoryPaths.Content), "--Logging:LogLevel:Microsoft.AspNetCore=Information"]);
        static Microsoft.Extensions.Logging.ILogger Logger(Microsoft.AspNetCore.Builder.WebApplication app, string category) =>
            app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger(category);

        Assert.False(Logger(quiet, "Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.True(Logger(quiet, "Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.True(Logger(quiet, "IntakeBot.Bot.Delivery.OutboxLoop").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.True(Logger(verbose, "Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
    }

    [Theory]
    [InlineData(new string[0], null, true)]
    [InlineData(new[] { "--hostBuilder:reloadConfigOnChange=true" }, null, false)]
    [InlineData(new[] { "--hostBuilder__reloadConfigOnChange=true" }, null, false)]
    [InlineData(new[] { "--Storage:Provider=sqlite" }, "true", false)]
    public void OffUnlessAsked_AddsTheSwitchOnlyWhenNothingSetsIt(string[] args, string? environment, bool added)
    {
        var result = ConfigurationReload.OffUnlessAsked(args, _ => environment);

        Assert.Equal(added, result.Contains($"--{ConfigurationReload.Key}=false"));
        Assert.Equal(args, result.Where(arg => arg != $"--{ConfigurationReload.Key}=false"));
    }

    private static List<Microsoft.Extensions.Configuration.FileConfigurationSource> JsonSources(Microsoft.AspNetCore.Builder.WebApplication app) =>
        [.. ((Microsoft.Extensions.Configuration.IConfigurationRoot)app.Configuration).Providers
            .OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider>()
            .Select(provider => provider.Source)];

    [Fact]
    public void BadContent_StopsStartUp_WithTheReason()
    {
        var content = Path.Combine(_data, "content");
        CopyDirectory(RepositoryPaths.Content, content);
        File.WriteAllText(Path.Combine(content, "contacts.yaml"), "contacts: [ {id: 112} ]\n");

        var error = Assert.Throws<ContentValidationException>(() => IntakeBotHost.Build(Arguments(content)));

        Assert.Contains(error.Problems, problem => problem.File.Contains("contacts.yaml", StringComparison.Ordinal));
    }

    private string[] Arguments(string contentRoot) =>
        [$"--Content:RootPath={contentRoot}", $"--Storage:SqlitePath={Path.Combine(_data, "state", "intakebot.db")}"];

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
