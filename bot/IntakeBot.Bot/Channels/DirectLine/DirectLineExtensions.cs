using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Operations;
using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Bot.Transcripts;
using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Adds the self-hosted Direct Line 3.0 server to the host.</summary>
public static class DirectLineExtensions
{
    private const string ApiCors = "DirectLine.Api";
    private const string SessionCors = "DirectLine.Session";

    /// <summary>
    /// Registers the Direct Line services, with options from the "DirectLine" section and the conversation logs in the
    /// configured storage (SQLite or PostgreSQL, see <see cref="StorageRegistration.AddIntakeStorage"/>). Register another
    /// <see cref="IDirectLineStore"/> (for example <see cref="MemoryDirectLineStore"/>) to replace it. The bot is the
    /// <c>IBot</c> in DI, resolved per request.
    /// </summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection(DirectLineOptions.SectionName));
        // Every registration there is a TryAdd: after AddIntakeBot this adds nothing.
        var storage = StorageOptions.From(builder.Configuration);
        services.AddIntakeStorage(storage);
        DirectLineSharedSecret.Require(builder.Configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>() ?? new DirectLineOptions(), storage);
        services.AddSingleton(provider => DirectLineSecretSource.Resolve(
            Options(provider),
            Path.Combine(Path.GetDirectoryName(SqlitePath(provider))!, "directline-secret"),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger("IntakeBot.DirectLine")));
        services.AddSingleton(provider => new DirectLineTokens(provider.GetRequiredService<DirectLineSecrets>(), provider.GetRequiredService<TimeProvider>(), Options(provider)));
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineNotifier>();
        if (string.Equals(storage.Provider?.Trim(), StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            // Appends on other instances arrive as PostgreSQL notifications (AddIntakeStorage has checked the connection string).
            services.AddSingleton(provider => new DirectLineNotifierListener(
                storage.PostgresConnectionString!, provider.GetRequiredService<DirectLineNotifier>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<DirectLineNotifierListener>>()));
            services.AddHostedService(provider => provider.GetRequiredService<DirectLineNotifierListener>());
        }

        services.AddSingleton(provider => (DirectLineAdapter)new DirectLineAdapter(
            provider.GetRequiredService<IDirectLineStore>(), provider.GetRequiredService<DirectLineNotifier>(), provider.GetRequiredService<TimeProvider>(), Options(provider))
            .UseTranscripts(provider)
            .UseMessageCutNotice(provider)
            .Use(provider.GetRequiredService<TurnMetricsMiddleware>()));
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton(provider => new DirectLineSessionLimiter(Options(provider)));
        services.AddHostedService<DirectLineRetentionService>();
        services.AddCors(cors =>
        {
            // The Direct Line API is authorised by bearer tokens, never cookies, so any page may call it (as the service allows).
            cors.AddPolicy(ApiCors, policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
            cors.AddPolicy(SessionCors, policy => policy
                .SetIsOriginAllowed(origin => builder.Configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>() is { } options
                    && options.TrustedOrigins.Any(trusted => string.Equals(DirectLineOriginPolicy.Normalise(trusted), DirectLineOriginPolicy.Normalise(origin), StringComparison.OrdinalIgnoreCase)))
                .AllowAnyHeader()
                .WithMethods("POST"));
        });
        return builder;
    }

    /// <summary>
    /// Maps the Direct Line 3.0 endpoints under <c>/v3/directline</c> (tokens, conversations, activities, stream,
    /// upload, files) and the page's session endpoints under <c>/api/directline/session</c>.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        var api = app.MapGroup(DirectLineUrls.Base).RequireCors(ApiCors);
        api.AddEndpointFilter(DirectLineFailureFilter.InvokeAsync);
        DirectLineTokenEndpoints.Map(api);
        DirectLineConversationEndpoints.Map(api);
        DirectLineActivityEndpoints.Map(api);
        DirectLineStreamEndpoint.Map(api);
        DirectLineUploadEndpoints.Map(api);
        // Unknown paths (and methods) under the API answer in the documented error shape too.
        api.Map("/{**rest}", () => DirectLineErrors.Result(StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "There is no such Direct Line endpoint."));
        var session = app.MapGroup(string.Empty).RequireCors(SessionCors);
        session.AddEndpointFilter(DirectLineFailureFilter.InvokeAsync);
        DirectLineSessionEndpoints.Map(session);
        return app;
    }

    private static DirectLineOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<DirectLineOptions>>().Value;

    private static string SqlitePath(IServiceProvider provider)
    {
        // The secret file stays next to the SQLite file's folder (./data) whichever database holds the logs.
        return StorageRegistration.SqliteFile(StorageOptions.From(provider.GetRequiredService<IConfiguration>()));
    }
}
