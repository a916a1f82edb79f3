
namespace IntakeBot.Bot.Operations.Limits;

/// <summary>Adds the request limits of <see cref="RequestLimitOptions"/> (configuration section "Limits") to the host.</summary>
public static class RequestLimitRegistration
{
    /// <summary>Binds the limits, the message cut notice and, unless <c>Limits:Enabled</c> is false, the rate limiter.</summary>
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(RequestLimitOptions.SectionName).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<MessageCutNotice>();
        if (options.Enabled)
        {
            builder.Services.AddRateLimiter(limiter =>
            {
                limiter.GlobalLimiter = RequestLimiters.Create(options);
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = TooManyRequestsResponse.WriteAsync;
            });
        }

        return builder;
    }

    /// <summary>
    /// Puts the rate limiter in the pipeline. Call it right after <c>UseForwardedHeaders</c>, so that limits count the
    /// client address a trusted proxy forwarded and never an X-Forwarded-For from anyone else.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<RequestLimitOptions>().Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }
}
