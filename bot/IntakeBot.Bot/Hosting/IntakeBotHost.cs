using IntakeBot.Bot.Channels.BotConnector;
using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Bot.Channels.Widget;
using IntakeBot.Bot.Pages;
using IntakeBot.Bot.Privacy;
using IntakeBot.Bot.Staff;
using IntakeBot.Bot.Staff.Api;
using IntakeBot.Content.Loading;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Hosting;

/// <summary>
/// Builds the web host: content validated at start-up, durable state and cases, the intake bot behind Direct Line
/// (Web Chat, the widget) and Bot Connector (Teams, Azure Bot Service), the staff API and a health endpoint.
/// </summary>
public static class IntakeBotHost
{
    /// <summary>Builds the application. Bad content stops start-up with every problem's file, path and reason.</summary>
    /// <exception cref="ContentValidationException">The content folder does not load or validate.</exception>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntakeBot();
        builder.AddDirectLine();
        builder.AddPrivacy();
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapWidget();
        app.MapBotConnector();
        app.MapDirectLine();
        app.MapStaffApi();
        app.MapPrivacyPage();
        app.MapPrivacy();
        return app;
    }

    /// <summary>Registers the clock, the content catalog, the state, case and API key stores (one SQLite file), the staff API and the intake bot.</summary>
    public static WebApplicationBuilder AddIntakeBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var content = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

        // Loaded here, not lazily, so that bad content stops start-up instead of failing a conversation.
        var catalog = ContentLoader.Load(content.RootPath);
        var databasePath = Path.GetFullPath(storage.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(StaffTexts.Load(content.RootPath));
        var sqlite = new SqliteStorageOptions { Path = databasePath, Synchronous = storage.Synchronous };
        builder.Services.AddSingleton<IStorage>(_ => new SqliteStorage(sqlite));
        builder.Services.AddSingleton<ICaseStore>(_ => new SqliteCaseStore(sqlite));
        builder.Services.AddSingleton<IApiKeyStore>(services => new SqliteApiKeyStore(sqlite, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddStaffApi();
        builder.Services.AddIntake(content.RootPath, builder.Configuration);
        return builder;
    }
}
