using System.Threading.RateLimiting;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Limits the session endpoint per client IP (a fixed window), so that nobody can mint tokens in bulk.</summary>
internal sealed class DirectLineSessionLimiter(DirectLineOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.SessionPermitLimit),
                Window = options.SessionWindow > TimeSpan.Zero ? options.SessionWindow : TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

    /// <summary>True when the request may go ahead.</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
