using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Starts conversations and runs posted activities: each is echoed into the log with the server's id and
/// timestamp, then handed to the bot through <see cref="DirectLineAdapter"/>, whose replies follow it in the log.
/// </summary>
/// <remarks>
/// The echo and its turn happen under one per-conversation lock, so the log reads "user, replies, user, replies"
/// in the order the posts arrived, and a post returns only when its replies are in the log.
/// </remarks>
internal sealed partial class DirectLineConversations(
    IDirectLineStore store, DirectLineAdapter adapter, DirectLineNotifier notifier, TimeProvider time, ILogger<DirectLineConversations> logger)
{
    private readonly ConversationTurnQueue _order = new();

    /// <summary>
    /// Creates the conversation when it does not exist yet and gives the bot its one conversationUpdate.
    /// False when it existed already (a reconnect: nothing is sent to the bot).
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, ChannelAccount user, string? locale, string serviceUrl, IBot? bot, CancellationToken cancellationToken)
    {
        using var lease = await _order.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (!await store.CreateConversationAsync(conversationId, user.Id!, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|start",
            Timestamp = time.GetUtcNow(),
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = user,
            Recipient = adapter.Bot,
            MembersAdded = [user],
            Locale = locale,
        };
        await RunTurnAsync(update, bot, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Logs the user's activity and runs the bot's turn for it.</summary>
    public async Task<DirectLinePostResult> PostAsync(string conversationId, Activity incoming, string serviceUrl, IBot? bot, CancellationToken cancellationToken)
    {
        using var lease = await _order.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var template = incoming with
        {
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            Recipient = adapter.Bot,
            DeliveryMode = null,
            CallerId = null,
        };
        // Serialized here, not in the store's render callback: that runs inside the shared writer's transaction.
        var json = PreparedActivityJson.Prepare(template);
        Activity? echoed = null;
        var entry = new DirectLineEntry(incoming.Type!, (sequence, timestamp) =>
        {
            echoed = template with { Id = DirectLineIds.ActivityId(conversationId, sequence), Timestamp = timestamp };
            return json.With(echoed.Id, timestamp);
        });
        // The store checks, in the append's own transaction, that the conversation exists and has not ended: an end
        // committed by another request or instance after the endpoint looked is still seen.
        try
        {
            if (await store.AppendIfOpenAsync(conversationId, [entry], time.GetUtcNow(), cancellationToken).ConfigureAwait(false) is not { } appended)
            {
                return new DirectLinePostResult(DirectLinePostOutcome.Ended, null);
            }

            notifier.Changed(conversationId, appended);
        }
        catch (KeyNotFoundException)
        {
            return new DirectLinePostResult(DirectLinePostOutcome.NotFound, null);
        }

        var handled = await RunTurnAsync(echoed!, bot, cancellationToken).ConfigureAwait(false);
        if (string.Equals(incoming.Type, ActivityTypes.EndOfConversation, StringComparison.OrdinalIgnoreCase))
        {
            await store.EndConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }

        return new DirectLinePostResult(handled ? DirectLinePostOutcome.Posted : DirectLinePostOutcome.BotFailed, echoed!.Id);
    }

    private async Task<bool> RunTurnAsync(Activity activity, IBot? bot, CancellationToken cancellationToken)
    {
        if (bot is null)
        {
            LogNoBot(logger);
            return false;
        }

        try
        {
            await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogBotFailed(logger, error, activity.Type);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: no IBot is registered; the activity was logged but not handled.")]
    private static partial void LogNoBot(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: the bot failed on a {Type} activity.")]
    private static partial void LogBotFailed(ILogger logger, Exception error, string? type);
}
