namespace IntakeBot.Casework.Transcripts;

/// <summary>The checks every <see cref="ITranscriptStore"/> applies before it appends, so all stores agree.</summary>
public static class TranscriptEntries
{
    /// <summary>The longest conversation id a store accepts (Direct Line ids are about 30 characters).</summary>
    public const int MaxConversationIdLength = 256;

    /// <exception cref="ArgumentException">The conversation id is empty or too long, the direction unknown, or the JSON missing.</exception>
    public static void Validate(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (string.IsNullOrEmpty(entry.ConversationId) || entry.ConversationId.Length > MaxConversationIdLength)
        {
            throw new ArgumentException($"A transcript entry needs a conversation id of 1 to {MaxConversationIdLength} characters.", nameof(entry));
        }

        if (!Enum.IsDefined(entry.Direction))
        {
            throw new ArgumentException($"'{entry.Direction}' is not a transcript direction.", nameof(entry));
        }

        if (entry.ActivityJson is null)
        {
            throw new ArgumentException("A transcript entry needs the activity's JSON.", nameof(entry));
        }
    }
}
