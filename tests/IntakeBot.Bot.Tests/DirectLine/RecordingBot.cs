using System.Collections.Concurrent;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>
/// A tiny bot: welcomes on conversationUpdate, echoes messages ("echo: …"), sends typing first for "typ",
/// and fails for "boem". It records everything it receives.
/// </summary>
internal sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public IReadOnlyList<Activity> ReceivedOfType(string type) => [.. Received.Where(activity => activity.Type == type)];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await turnContext.SendActivityAsync("welkom", cancellationToken: cancellationToken);
            return;
        }

        if (!activity.IsMessage)
        {
            return;
        }

        switch (activity.Text)
        {
            case "boem":
                throw new InvalidOperationException("The test bot fails on purpose.");
            case "typ":
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                break;
        }

        var files = activity.Attachments?.Count ?? 0;
        await turnContext.SendActivityAsync(files > 0 ? $"files: {files}" : $"echo: {activity.Text}", cancellationToken: cancellationToken);
    }
}
