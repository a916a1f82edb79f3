namespace IntakeBot.Casework.Transcripts;

/// <summary>
/// One stored activity. <see cref="ActivityJson"/> is the Bot Framework activity as sent or received (ActivitySerializer
/// shape). <see cref="Sequence"/> is 0 before the store assigned it.
/// </summary>
public sealed record TranscriptEntry(
    string ConversationId,
    long Sequence,
    DateTimeOffset At,
    TranscriptDirection Direction,
    string ActivityJson);
