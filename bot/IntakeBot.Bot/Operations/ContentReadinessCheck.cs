using IntakeBot.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntakeBot.Bot.Operations;

/// <summary>Ready when the content catalog loaded with at least one organisation to route to.</summary>
internal sealed class ContentReadinessCheck(ContentCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Organisations.Count > 0
            ? HealthCheckResult.Healthy("Content is loaded.")
            : HealthCheckResult.Unhealthy("The content has no organisations."));
}
