using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IntakeBot.Bot.Operations;

/// <summary>
/// <c>/readyz</c>: ready to take conversations (content loaded, state storage and case database answer), as JSON,
/// 503 when a check fails. <c>/healthz</c> stays the liveness check (the process answers), so a slow database never
/// makes the platform restart a healthy process.
/// </summary>
public static class ReadinessRegistration
{
    /// <summary>The readiness path (also App Service's health check path).</summary>
    public const string Path = "/readyz";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Registers the readiness checks "content", "state" and "database".</summary>
    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentReadinessCheck>("content", timeout: CheckTimeout)
            .AddCheck<StateStorageReadinessCheck>("state", timeout: CheckTimeout)
            .AddCheck<DatabaseReadinessCheck>("database", timeout: CheckTimeout);
        return services;
    }

    /// <summary>Maps <see cref="Path"/>.</summary>
    public static WebApplication MapReadiness(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        return app;
    }
}
