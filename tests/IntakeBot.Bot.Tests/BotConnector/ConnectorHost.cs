using IntakeBot.Bot.Channels.BotConnector;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>The real host (Program) with a test bot, a manual clock and a retry delay that does not sleep.</summary>
internal sealed class ConnectorHost(
    IReadOnlyDictionary<string, string?> settings, string environment = "Development", IBot? bot = null) : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-connector-").FullName;

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public RecordingRetryDelay Delays { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Settings for a bot with an app id, trusting the keys of <paramref name="server"/>.</summary>
    public static Dictionary<string, string?> Authenticated(FakeBotFrameworkServer server) => new()
    {
        ["BotConnector:MicrosoftAppId"] = TestTokens.AppId,
        ["BotConnector:MicrosoftAppPassword"] = "geheim",
        ["BotConnector:OpenIdMetadataUrl"] = server.MetadataUrl,
        ["BotConnector:TokenEndpoint"] = server.TokenEndpoint,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data, "intakebot.db"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBot>(bot ?? new EchoTestBot());
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IRetryDelay>(Delays);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
