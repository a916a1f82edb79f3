using IntakeBot.Casework.Transcripts;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>
/// One line of a transcript as the staff API returns it: <c>direction</c> "in" (from the user) or "out" (from the bot),
/// the text, buttons offered, and the spans holding case field values (absent in the redacted view).
/// </summary>
public sealed record StaffTranscriptLine(
    long Sequence,
    DateTimeOffset At,
    string Direction,
    string Type,
    string Text,
    IReadOnlyList<string> Buttons,
    IReadOnlyList<TranscriptHighlight> Highlights)
{
    /// <summary>The API shape of a transcript line.</summary>
    public static StaffTranscriptLine From(TranscriptLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new StaffTranscriptLine(
            line.Sequence, line.At, line.Direction == TranscriptDirection.Incoming ? "in" : "out", line.Type, line.Text, line.Buttons, line.Highlights);
    }
}
