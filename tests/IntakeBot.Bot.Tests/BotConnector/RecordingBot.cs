using System.Collections.Concurrent;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Keeps the activities it receives and answers nothing.</summary>
internal sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<Activity> _activities = new();

    public IReadOnlyList<Activity> Activities => [.. _activities];

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        _activities.Enqueue(turnContext.Activity);
        return Task.CompletedTask;
    }
}
