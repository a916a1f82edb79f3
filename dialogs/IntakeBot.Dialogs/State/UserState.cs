using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.State;

/// <summary>State per user, stored under <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("UserState needs activity.channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("UserState needs activity.from.id.");
        return $"{channelId}/users/{userId}";
    }
}
