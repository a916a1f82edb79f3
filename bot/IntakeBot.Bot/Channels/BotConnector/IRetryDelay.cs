namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Waits between retries; replaced in tests so that no test sleeps.</summary>
internal interface IRetryDelay
{
    /// <summary>Waits for <paramref name="delay"/>.</summary>
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
