namespace IntakeBot.Casework.Transcripts;

/// <summary>
/// One readable line of a transcript: who spoke (<see cref="Direction"/>), what (<see cref="Text"/>: the message text,
/// the button titles offered, or "[event name]" for a non-message activity) and, for the user's messages, where values
/// of the case's fields occur (<see cref="Highlights"/>, to show them marked). Redacted lines have no highlights.
/// </summary>
public sealed record TranscriptLine(
    long Sequence,
    DateTimeOffset At,
    TranscriptDirection Direction,
    string Type,
    string Text,
    IReadOnlyList<string> Buttons,
    IReadOnlyList<TranscriptHighlight> Highlights);
