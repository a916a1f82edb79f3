namespace IntakeBot.Bot.Operations;

/// <summary>Adds the correlation id of <see cref="CorrelationIdMiddleware"/> to the pipeline.</summary>
public static class CorrelationRegistration
{
    /// <summary>Puts a correlation id on every request's log scope and response; call early in the pipeline.</summary>
    public static WebApplication UseCorrelationId(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CorrelationIdMiddleware>();
        return app;
    }
}
