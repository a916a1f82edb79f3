namespace IntakeBot.Bot.Staff.Web;

/// <summary>One message of the conversation as the case page shows it.</summary>
internal sealed record TranscriptBubble(bool FromUser, DateTimeOffset At, IReadOnlyList<TranscriptSegment> Segments);
