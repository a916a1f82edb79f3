using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Keeps conversation logs bounded: removes conversations idle for longer than the retention, every cleanup
/// interval. Also resolves the secrets at start-up, so a generated secret is reported when the host starts.
/// </summary>
internal sealed partial class DirectLineRetentionService(
    IDirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time, IServiceProvider services, ILogger<DirectLineRetentionService> logger)
    : BackgroundService
{
    /// <summary>One cleanup pass; returns how many conversations were removed.</summary>
    public async Task<int> CleanOnceAsync(CancellationToken cancellationToken)
    {
        var removed = await store.DeleteInactiveAsync(time.GetUtcNow() - options.Value.Retention, cancellationToken).ConfigureAwait(false);
        if (removed > 0)
        {
            LogRemoved(logger, removed);
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = services.GetRequiredService<DirectLineSecrets>();
        var interval = options.Value.CleanupInterval > TimeSpan.Zero ? options.Value.CleanupInterval : TimeSpan.FromHours(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CleanOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is InvalidOperationException or IOException)
            {
                // A failed pass is retried at the next interval; the host keeps serving.
                LogFailed(logger, error);
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line: removed {Count} conversations past their retention.")]
    private static partial void LogRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line: the retention cleanup failed; it runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
