using System.Collections.Concurrent;
using IntakeBot.Bot.Channels.BotConnector;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Records the waits the retry asked for and returns at once, so no test sleeps.</summary>
internal sealed class RecordingRetryDelay : IRetryDelay
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Delays.Enqueue(delay);
        return Task.CompletedTask;
    }
}
