using IntakeBot.Bot.Channels.BotConnector;
using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Bot.Channels.Widget;
using IntakeBot.Bot.Delivery;
using IntakeBot.Bot.Operations;
using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Bot.Pages;
using IntakeBot.Bot.Privacy;
using IntakeBot.Bot.Staff;
using IntakeBot.Bot.Staff.Api;
using IntakeBot.Bot.Staff.Web;
using IntakeBot.Content.Loading;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Hosting;

/// <summary>
/// Builds the web host: content validated at start-up, durable state and cases, the intake bot behind Direct Line
/// (Web Chat, the widget) and Bot Connector (Teams, Azure Bot Service), the staff API, liveness (/healthz) and
/// readiness (/readyz), metrics, structured logs and a graceful shutdown.
/// </summary>
public static class IntakeBotHost
{
    /// <summary>Builds the application. Bad content stops start-up with every problem's file, path and reason.</summary>
    /// <exception cref="ContentValidationException">The content folder does not load or validate.</exception>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(ConfigurationReload.OffUnlessAsked(args));
        builder.AddIntakeBot();
        builder.AddDirectLine();
        builder.AddProxySupport();
        builder.AddRequestLimits();
        builder.AddStructuredLogging();
        builder.AddGracefulShutdown();
        builder.Services.AddReadiness();
        builder.Services.AddIntakeBotMetrics();
        builder.AddDelivery();
        builder.AddPrivacy();
        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseRequestLimits();
        app.UseCorrelationId();
        // Called here, after the limits, rather than left to WebApplication, which would put them first in the
        // pipeline: a request with a wrong or missing API key was then answered 401 before the limiter counted it,
        // so guessing keys was never limited.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapReadiness();
        app.MapWidget();
        app.MapBotConnector();
        app.MapDirectLine();
        app.MapStaffApi();
        app.MapPrivacyPage();
        app.MapStaffArea();
        return app;
    }

    /// <summary>
    /// Registers the clock, the content catalog, the state, case, API key and Direct Line stores (SQLite or PostgreSQL,
    /// see <see cref="StorageRegistration.AddIntakeStorage"/>), the staff API and the intake bot.
    /// </summary>
    /// <exception cref="InvalidOperationException">The storage settings are wrong (unknown provider, bad connection string).</exception>
    public static WebApplicationBuilder AddIntakeBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var content = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var storage = StorageOptions.From(builder.Configuration);

        // Loaded here, not lazily, so that bad content stops start-up instead of failing a conversation.
        var catalog = ContentLoader.Load(content.RootPath);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(StaffTexts.Load(content.RootPath));
        builder.Services.AddIntakeStorage(storage);
        builder.Services.AddCasework(storage, new SqliteStorageOptions { Path = StorageRegistration.SqliteFile(storage), Synchronous = storage.Synchronous });
        builder.Services.AddStaffApi();
        builder.Services.AddStaffArea(storage);
        builder.Services.AddIntake(content.RootPath, builder.Configuration);
        return builder;
    }
}
