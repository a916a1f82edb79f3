using System.Runtime.CompilerServices;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Bot.Transcripts;

/// <summary>
/// Stores every activity of a conversation in its transcript, in order: the incoming activity before the bot runs, and
/// every outgoing activity as it is sent. Each append is awaited, so a turn does not finish before its transcript is
/// durable; a failing store fails the turn rather than losing part of the conversation.
/// </summary>
/// <remarks>
/// The adapter may run a turn again after a state conflict. The incoming activity is then stored once, and replies
/// held back in the turn's buffer are stored only once the attempt succeeded, so the transcript holds what the user
/// really received. Replies sent after this middleware has finished (the adapter's error handler) are stored at once.
/// </remarks>
internal sealed class TranscriptMiddleware(ITranscriptStore store, TimeProvider time) : IntakeBot.Dialogs.Builder.IMiddleware
{
    // Keyed by the adapter's activity instance, which every attempt at a turn shares; entries go with the activity.
    private readonly ConditionalWeakTable<Activity, object> _recorded = [];

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var incoming = turnContext.Activity;
        if (_recorded.TryAdd(incoming, incoming))
        {
            await AppendAsync(incoming, TranscriptDirection.Incoming, cancellationToken).ConfigureAwait(false);
        }

        var pending = new Pending();
        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            var responses = await send().ConfigureAwait(false);
            foreach (var activity in activities)
            {
                if (pending.Open && context is TurnContext buffered && buffered.BufferedReplyActivities.Contains(activity))
                {
                    pending.Activities.Add(activity);
                }
                else if (activity.Type != ActivityTypes.InvokeResponse)
                {
                    await AppendAsync(activity, TranscriptDirection.Outgoing, cancellationToken).ConfigureAwait(false);
                }
            }

            return responses;
        });

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (ETagConflictException)
        {
            // The adapter runs the turn again; this attempt's held-back replies are never sent.
            pending.Open = false;
            pending.Activities.Clear();
            throw;
        }
        catch (Exception)
        {
            // The error handler runs next; the replies held back so far are still sent with its own.
            await FlushAsync(pending, cancellationToken).ConfigureAwait(false);
            throw;
        }

        await FlushAsync(pending, cancellationToken).ConfigureAwait(false);
    }

    private async Task FlushAsync(Pending pending, CancellationToken cancellationToken)
    {
        pending.Open = false;
        foreach (var activity in pending.Activities)
        {
            await AppendAsync(activity, TranscriptDirection.Outgoing, cancellationToken).ConfigureAwait(false);
        }

        pending.Activities.Clear();
    }

    private Task AppendAsync(Activity activity, TranscriptDirection direction, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        return string.IsNullOrEmpty(conversationId)
            ? Task.CompletedTask
            : store.AppendAsync(new TranscriptEntry(conversationId, 0, time.GetUtcNow(), direction, ActivitySerializer.Serialize(activity)), cancellationToken);
    }

    /// <summary>Replies held back in the turn's buffer, stored once the turn succeeded.</summary>
    private sealed class Pending
    {
        public bool Open { get; set; } = true;

        public List<Activity> Activities { get; } = [];
    }
}
