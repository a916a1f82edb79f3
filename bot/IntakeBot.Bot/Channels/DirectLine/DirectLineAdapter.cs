using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line channel's adapter: the bot's replies are appended to the conversation's log (with the server's
/// id and timestamp) and the conversation's sockets are woken.
/// </summary>
internal sealed class DirectLineAdapter(IDirectLineStore store, DirectLineNotifier notifier, TimeProvider time, DirectLineOptions options) : BotAdapter
{
    public const string ChannelId = "directline";

    /// <summary>The bot's account in this channel.</summary>
    public ChannelAccount Bot { get; } = new() { Id = options.BotId, Name = options.BotName, Role = RoleTypes.Bot };

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversationId = turnContext.Activity.Conversation?.Id
            ?? throw new InvalidOperationException("The turn's activity has no conversation id.");
        // Serialized here, not in the store's render callback: that runs inside the shared writer's transaction.
        var entries = activities
            .Select(activity =>
            {
                var json = PreparedActivityJson.Prepare(activity with
                {
                    ChannelId = ChannelId,
                    Conversation = new ConversationAccount { Id = conversationId },
                    From = activity.From is { Id: not null } from ? from : Bot,
                    ServiceUrl = null,
                });
                return new DirectLineEntry(
                    activity.Type ?? ActivityTypes.Message,
                    (sequence, timestamp) => json.With(DirectLineIds.ActivityId(conversationId, sequence), timestamp));
            })
            .ToList();
        var records = await store.AppendAsync(conversationId, entries, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        notifier.Changed(conversationId, records);
        return [.. records.Select(record => new ResourceResponse(DirectLineIds.ActivityId(conversationId, record.Sequence)))];
    }
}
