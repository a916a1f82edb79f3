using IntakeBot.Bot.Operations;
using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Bot.Transcripts;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Maps the Bot Connector messaging endpoint used by Azure Bot Service (Teams and the other Azure channels).</summary>
public static class BotConnectorEndpointExtensions
{
    /// <summary>The conventional messaging endpoint path.</summary>
    public const string Path = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c>, configured from the section <c>BotConnector</c> (MicrosoftAppId,
    /// MicrosoftAppPassword, MicrosoftAppTenantId, OpenIdMetadataUrl, TokenEndpoint, ValidIssuers,
    /// AllowedServiceUrlHosts). The bot is the <c>IBot</c> resolved from the request's services for every turn.
    /// </summary>
    /// <remarks>Without an app id the endpoint is in local emulator mode: Development and loopback callers only.</remarks>
    public static WebApplication MapBotConnector(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(BotConnectorOptions.SectionName).Get<BotConnectorOptions>() ?? new BotConnectorOptions();
        var services = app.Services;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var isDevelopment = app.Environment.IsDevelopment();
        var logger = loggers.CreateLogger<BotConnectorEndpoint>();
        if (options.IsAuthenticationEnabled && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            logger.LogWarning("BotConnector:MicrosoftAppId is set but MicrosoftAppPassword is empty: replies to the Bot Connector will fail.");
        }

        // One client for keys, tokens and replies; redirects are not followed so a token never leaves the checked host.
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        app.Lifetime.ApplicationStopped.Register(http.Dispose);

        var retry = new TransientRetry(services.GetService<IRetryDelay>() ?? new TimeProviderRetryDelay(time), time);
        var tokens = options.IsAuthenticationEnabled ? new ConnectorTokenProvider(http, options, retry, time) : null;
        var keys = options.IsAuthenticationEnabled ? new SigningKeyCache(http, options, time, loggers.CreateLogger<SigningKeyCache>()) : null;
        var validator = keys is null ? null : new BotFrameworkTokenValidator(options, keys, time);
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            tokens?.Dispose();
            keys?.Dispose();
        });
        var serviceUrls = new ServiceUrlPolicy(options, isDevelopment);
        var adapter = new BotConnectorAdapter(new ConnectorClient(http, tokens, retry), serviceUrls).UseTranscripts(services).UseMessageCutNotice(services);
        adapter.Use(services.GetRequiredService<TurnMetricsMiddleware>());
        var endpoint = new BotConnectorEndpoint(
            validator, new EmulatorAccess(isDevelopment, loggers.CreateLogger<EmulatorAccess>()), serviceUrls, adapter, logger);

        app.MapPost(Path, endpoint.HandleAsync);
        return app;
    }
}
