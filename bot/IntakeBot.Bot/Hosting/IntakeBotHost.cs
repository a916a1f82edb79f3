using IntakeBot.Bot.Channels.Widget;
using IntakeBot.Content.Loading;
using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Hosting;

/// <summary>Builds the web host: content validated at start-up, durable state, health endpoint.</summary>
/// <remarks>The chat channels (Direct Line, Bot Connector) and the staff area are added by their own issues.</remarks>
public static class IntakeBotHost
{
    /// <summary>Builds the application. Bad content stops start-up with every problem's file, path and reason.</summary>
    /// <exception cref="ContentValidationException">The content folder does not load or validate.</exception>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntakeBot();
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapWidget();
        return app;
    }

    /// <summary>Registers the clock, the content catalog and the state store.</summary>
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
        builder.Services.AddSingleton<IStorage>(_ => new SqliteStorage(new SqliteStorageOptions { Path = databasePath, Synchronous = storage.Synchronous }));
        return builder;
    }
}
