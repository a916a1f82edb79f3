using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Builder;

/// <summary>One turn of a conversation: the incoming activity and the means to answer it.</summary>
public interface ITurnContext
{
    /// <summary>The adapter that runs the turn.</summary>
    BotAdapter Adapter { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>Objects shared for the length of this turn.</summary>
    TurnStateCollection TurnState { get; }

    /// <summary>True once the bot sent a message in this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends a message with <paramref name="text"/>.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, string? inputHint = null, CancellationToken cancellationToken = default);

    /// <summary>Sends one activity, addressed as a reply to the incoming activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order, each addressed as a reply to the incoming activity.</summary>
    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity the bot sent earlier.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an activity the bot sent earlier.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Adds a hook that sees every outgoing activity of this turn.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
