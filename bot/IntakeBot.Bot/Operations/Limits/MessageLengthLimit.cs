using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>
/// Cuts an incoming message's text at <see cref="RequestLimitOptions.MaxMessageCharacters"/> before the turn runs,
/// never inside a surrogate pair, and marks the activity with a <see cref="CutEntityType"/> entity so that
/// <see cref="MessageCutNotice"/> tells the user in the same turn where the bot stopped reading.
/// </summary>
/// <remarks>
/// A long message is never refused: a youth who pasted a long story gets a friendly answer, not an error, and is asked
/// to send the rest in a next message (the story step accepts several). Bodies over DirectLine:MaxActivityBytes or
/// the Bot Connector's 1 MB are still refused with 413 before any of this runs.
/// </remarks>
internal static class MessageLengthLimit
{
    /// <summary>The entity type that marks a cut message.</summary>
    public const string CutEntityType = "intakebot/textCut";

    /// <summary>The activity unchanged, or with its text cut to <paramref name="maxCharacters"/> and the mark added.</summary>
    public static Activity Apply(Activity activity, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (maxCharacters <= 0 || activity.Text is not { } text || text.Length <= maxCharacters
            || !string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            return activity;
        }

        var end = maxCharacters;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        var mark = new Entity { Type = CutEntityType };
        return activity with { Text = text[..end], Entities = [.. activity.Entities ?? [], mark] };
    }

    /// <summary>True when <see cref="Apply"/> cut this activity.</summary>
    public static bool WasCut(Activity activity) =>
        activity.Entities?.Any(entity => string.Equals(entity.Type, CutEntityType, StringComparison.Ordinal)) == true;
}
