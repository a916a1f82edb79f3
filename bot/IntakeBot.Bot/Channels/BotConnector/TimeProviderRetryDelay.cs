namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Waits on the injected clock.</summary>
internal sealed class TimeProviderRetryDelay(TimeProvider time) : IRetryDelay
{
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);
}
