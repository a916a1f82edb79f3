namespace IntakeBot.Bot.Staff.Web;

/// <summary>A piece of a chat bubble's text; <see cref="Marked"/> pieces are values the case took over.</summary>
internal sealed record TranscriptSegment(string Text, bool Marked);
