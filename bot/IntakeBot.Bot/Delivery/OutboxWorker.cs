using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// Runs <see cref="OutboxDispatcher.RunOnceAsync"/> every <see cref="DeliveryOptions.PollInterval"/> through
/// <see cref="OutboxLoop"/>, on the one instance that holds the <see cref="IOutboxLock"/> from the services (always,
/// on SQLite or when none is registered).
/// </summary>
internal sealed partial class OutboxWorker(
    IServiceProvider services, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<OutboxWorker> logger)
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
        // DeliveryRegistration registers the lock for the storage provider; a host without one is a single instance.
        var outboxLock = services.GetService<IOutboxLock>() ?? SingleInstanceOutboxLock.Instance;
        var loop = new OutboxLoop(token => dispatcher.RunOnceAsync(token), outboxLock, time, options.Value.PollInterval, logger);
        await loop.RunAsync(stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery is not running: no IDeliveryLog or ICaseRegister is registered.")]
    private static partial void LogNoStores(ILogger logger);
}
