using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// Runs <see cref="OutboxDispatcher.RunOnceAsync"/> every <see cref="DeliveryOptions.PollInterval"/>, one pass at a
/// time (the next wait starts when a pass ends), with waits on the injected <see cref="TimeProvider"/>. A failing pass
/// is logged by exception type only (messages can quote case data) and the loop goes on; shutdown cancels the pass
/// and the wait at once.
/// </summary>
internal sealed partial class OutboxWorker(IServiceProvider services, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up must not wait for the first pass.
        await Task.Yield();
        var stores = services.GetRequiredService<IServiceProviderIsService>();
        if (!stores.IsService(typeof(IDeliveryLog)) || !stores.IsService(typeof(ICaseRegister)))
        {
            // Storage registers these; a host without them (a tool, a test of another part) runs without delivery.
            LogNoStores(logger);
            return;
        }

        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await dispatcher.RunOnceAsync(stoppingToken).ConfigureAwait(false);
                if (result.Failed > 0)
                {
                    LogFailures(logger, result.Failed, result.Events);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(logger, exception.GetType().FullName ?? exception.GetType().Name);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery is not running: no IDeliveryLog or ICaseRegister is registered.")]
    private static partial void LogNoStores(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery: {Failed} send(s) failed in a pass over {Events} event(s); they are retried with backoff.")]
    private static partial void LogFailures(ILogger logger, int failed, int events);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery pass failed with {ExceptionType}; the next pass runs after the poll interval.")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType);
}
