using IntakeBot.Intake.Cases;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntakeBot.Bot.Operations;

/// <summary>Ready when the case database answers a query (the oldest pending outbox event).</summary>
internal sealed partial class DatabaseReadinessCheck(ICaseStore cases, ILogger<DatabaseReadinessCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await cases.PendingEventsAsync(1, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The case database answers.");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the log only: a provider's message may carry a host name or a connection string.
            LogFailed(logger, error);
            return HealthCheckResult.Unhealthy("The case database does not answer.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the case database query failed.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
