using IntakeBot.Dialogs.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntakeBot.Bot.Operations;

/// <summary>Ready when conversation state can be read: one read of a probe key that is never written.</summary>
internal sealed partial class StateStorageReadinessCheck(IStorage storage, ILogger<StateStorageReadinessCheck> logger) : IHealthCheck
{
    public const string ProbeKey = "intakebot/readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("State storage answers.");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the log only: a provider's message may carry a host name or a connection string.
            LogFailed(logger, error);
            return HealthCheckResult.Unhealthy("State storage does not answer.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the state storage read failed.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
