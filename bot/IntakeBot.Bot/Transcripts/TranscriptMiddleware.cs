using System.Runtime.CompilerServices;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Bot.Transcripts;

/// <summary>
/// Stores every activity of a conversation in its transcript, in order: the incoming activity, then every outgoing
/// activity. A turn's entries are written together when the turn ends, in one durable write that is awaited, so a turn
/// does not finish (and its replies are not released) before its transcript is durable; a failing store fails the turn
/// rather than losing part of the conversation.
/// </summary>
/// <remarks>
/// The adapter may run a turn again after a state conflict. The incoming activity is then stored once, with the
/// replies of the attempt whose state was saved, so the transcript holds what the user really received. When the bot
/// fails, the incoming activity and the replies so far are stored before the error handler runs; replies sent after
/// this middleware has finished (the error handler's) are stored at once.
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
        var pending = new Pending();

        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            var responses = await send().ConfigureAwait(false);
            var late = new List<TranscriptEntry>();
            foreach (var activity in activities)
            {
                if (activity.Type == ActivityTypes.InvokeResponse)
                {
                    continue;
                }

                if (pending.Open && context is TurnContext buffered && buffered.BufferedReplyActivities.Contains(activity))
                {
                    pending.Entries.Add(Entry(activity, TranscriptDirection.Outgoing));
                }
                else
                {
                    late.Add(Entry(activity, TranscriptDirection.Outgoing));
                }
            }

            if (late.Count > 0)
            {
                // Sent at once (not buffered, or by the error handler): stored at once, after the incoming activity.
                await WriteAsync(incoming, late, cancellationToken).ConfigureAwait(false);
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
            throw;
        }
        catch (Exception)
        {
            // The error handler runs next; the replies held back so far are still sent with its own.
            await FlushAsync(incoming, pending, cancellationToken).ConfigureAwait(false);
            throw;
        }

        await FlushAsync(incoming, pending, cancellationToken).ConfigureAwait(false);
    }

    private async Task FlushAsync(Activity incoming, Pending pending, CancellationToken cancellationToken)
    {
        pending.Open = false;
        await WriteAsync(incoming, pending.Entries, cancellationToken).ConfigureAwait(false);
        pending.Entries.Clear();
    }

    /// <summary>Stores <paramref name="entries"/>, preceded by the incoming activity unless an earlier write stored it.</summary>
    private async Task WriteAsync(Activity incoming, List<TranscriptEntry> entries, CancellationToken cancellationToken)
    {
        var first = !_recorded.TryGetValue(incoming, out _);
        var all = first ? [Entry(incoming, TranscriptDirection.Incoming), .. entries] : entries;
        all.RemoveAll(entry => string.IsNullOrEmpty(entry.ConversationId));
        if (all.Count > 0)
        {
            await store.AppendAllAsync(all, cancellationToken).ConfigureAwait(false);
        }

        if (first)
        {
            _recorded.AddOrUpdate(incoming, incoming);
        }
    }

    private TranscriptEntry Entry(Activity activity, TranscriptDirection direction) =>
        new(activity.Conversation?.Id ?? string.Empty, 0, time.GetUtcNow(), direction, ActivitySerializer.Serialize(activity));

    /// <summary>The turn's buffered replies, held back until it ends.</summary>
    private sealed class Pending
    {
        public bool Open { get; set; } = true;

        public List<TranscriptEntry> Entries { get; } = [];
    }
}
