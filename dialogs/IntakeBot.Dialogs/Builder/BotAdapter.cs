using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs.Builder;

/// <summary>
/// Connects a bot to a channel: channels derive from it to deliver outgoing activities, and call
/// <see cref="ProcessActivityAsync"/> for each incoming one.
/// </summary>
/// <remarks>
/// <para><b>Turns never race.</b> Turns of one conversation (channel id plus conversation id) run one at a time in
/// arrival order through a <see cref="ConversationTurnQueue"/>; a message that arrives while a turn runs waits
/// and is then handled, never dropped.</para>
/// <para><b>State is never silently overwritten.</b> State is saved with eTag preconditions. When another process
/// changed the conversation's state during the turn (several instances behind one database), the save throws
/// <see cref="ETagConflictException"/>. Because outgoing activities are held until the turn ends
/// (<see cref="BufferReplies"/>), the adapter can then discard them and run the whole turn again on fresh state,
/// up to <see cref="MaxTurnAttempts"/> times. The user sees only the replies of the attempt whose state was saved.</para>
/// </remarks>
public abstract class BotAdapter
{
    private readonly MiddlewareSet _middleware = new();

    /// <summary>Handles an exception the bot did not handle. It may send a message (from content) to the user.</summary>
    /// <remarks>When unset, the exception propagates to the channel.</remarks>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>How often a turn runs at most when its state write conflicts. Default 3.</summary>
    public int MaxTurnAttempts { get; set; } = 3;

    /// <summary>Hold outgoing activities until the turn ends (default). When false they are sent at once and a conflicting turn is not retried.</summary>
    public bool BufferReplies { get; set; } = true;

    /// <summary>Serialises the turns of each conversation.</summary>
    public ConversationTurnQueue TurnQueue { get; } = new();

    /// <summary>Adds middleware to the pipeline.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Use(middleware);
        return this;
    }

    /// <summary>Delivers outgoing activities to the channel.</summary>
    public abstract Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Replaces an activity on the channel. Channels that cannot, throw <see cref="NotSupportedException"/>.</summary>
    public virtual Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot update activities.");

    /// <summary>Deletes an activity on the channel. Channels that cannot, throw <see cref="NotSupportedException"/>.</summary>
    public virtual Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot delete activities.");

    /// <summary>Runs one turn for <paramref name="activity"/>: middleware, then <paramref name="callback"/>.</summary>
    /// <exception cref="ArgumentException">The activity has no type or no conversation id.</exception>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        if (string.IsNullOrEmpty(activity.Type))
        {
            throw new ArgumentException("The activity has no type.", nameof(activity));
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        }

        using var lease = await TurnQueue.EnterAsync(QueueKey(activity), cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var context = new TurnContext(this, activity, BufferReplies);
            try
            {
                await _middleware.ReceiveActivityAsync(context, callback, cancellationToken).ConfigureAwait(false);
            }
            catch (ETagConflictException) when (attempt < MaxTurnAttempts && !context.SentDirectly)
            {
                continue;
            }
            catch (Exception exception) when (OnTurnError is not null && exception is not OperationCanceledException)
            {
                await OnTurnError(context, exception).ConfigureAwait(false);
            }

            return await CompleteTurnAsync(context, attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The key that serialises turns: channel id and conversation id.</summary>
    protected static string QueueKey(Activity activity) => $"{activity.ChannelId}/{activity.Conversation?.Id}";

    private async Task<TurnResult> CompleteTurnAsync(TurnContext context, int attempts, CancellationToken cancellationToken)
    {
        var replies = context.BufferedReplyActivities;
        var expectReplies = string.Equals(context.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && replies.Count > 0)
        {
            await SendActivitiesAsync(context, replies, cancellationToken).ConfigureAwait(false);
        }

        return new TurnResult(replies, context.InvokeResponse, attempts);
    }
}
