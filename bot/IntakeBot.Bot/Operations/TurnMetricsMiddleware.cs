using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Bot.Operations;

/// <summary>Counts turns, measures their duration and counts the ones that throw, tagged with the channel.</summary>
/// <remarks>A turn retried after a state conflict is measured once per attempt.</remarks>
internal sealed class TurnMetricsMiddleware(IntakeBotMetrics metrics, TimeProvider time) : IntakeBot.Dialogs.Builder.IMiddleware
{
    // Channel ids come from the wire: only known ones become tag values, so a caller cannot grow the tag set.
    private static readonly HashSet<string> KnownChannels = new(StringComparer.Ordinal)
    {
        "directline", "msteams", "webchat", "emulator", "terminal", "test",
    };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var channel = new KeyValuePair<string, object?>("channel", ChannelTag(turnContext.Activity.ChannelId));
        var started = time.GetTimestamp();
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            metrics.TurnErrors.Add(1, channel, new KeyValuePair<string, object?>("error.type", error.GetType().Name));
            throw;
        }
        finally
        {
            metrics.Turns.Add(1, channel);
            metrics.TurnDuration.Record(time.GetElapsedTime(started).TotalMilliseconds, channel);
        }
    }

    internal static string ChannelTag(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";
}
