using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.State;

/// <summary>State per conversation, stored under <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("ConversationState needs activity.channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("ConversationState needs activity.conversation.id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
