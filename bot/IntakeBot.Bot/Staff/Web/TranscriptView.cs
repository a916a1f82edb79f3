using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>
/// Chat bubbles for the case page from <see cref="TranscriptLines"/> (which marks the case's values in the user's
/// messages, or redacts personal data): message text only (events and typing are left out), cut for display when
/// huge. The text stays text: the page encodes it, so a transcript holding markup renders inert.
/// </summary>
internal static class TranscriptView
{
    /// <summary>Longer messages are cut for display; the stored transcript keeps them whole.</summary>
    public const int MaxTextLength = 20_000;

    public static IReadOnlyList<TranscriptBubble> Build(IReadOnlyList<TranscriptEntry> entries, IntakeCase intakeCase, bool redacted)
    {
        var bubbles = new List<TranscriptBubble>(entries.Count);
        foreach (var line in TranscriptLines.From(entries, intakeCase, redacted))
        {
            if (line.Type != "message" || line.Text.Length == 0)
            {
                continue;
            }

            bubbles.Add(new TranscriptBubble(line.Direction == TranscriptDirection.Incoming, line.At, Segments(line.Text, line.Highlights)));
        }

        return bubbles;
    }

    /// <summary>Splits <paramref name="text"/> at the highlights (sorted, not overlapping); out-of-range highlights are ignored.</summary>
    public static IReadOnlyList<TranscriptSegment> Segments(string text, IReadOnlyList<TranscriptHighlight> highlights)
    {
        var shown = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        var segments = new List<TranscriptSegment>();
        var position = 0;
        foreach (var highlight in highlights)
        {
            var end = highlight.Start + highlight.Length;
            if (highlight.Start < position || highlight.Length <= 0 || end > shown.Length)
            {
                continue;
            }

            if (highlight.Start > position)
            {
                segments.Add(new TranscriptSegment(shown[position..highlight.Start], false));
            }

            segments.Add(new TranscriptSegment(shown[highlight.Start..end], true));
            position = end;
        }

        if (position < shown.Length)
        {
            segments.Add(new TranscriptSegment(shown[position..], false));
        }

        if (shown.Length < text.Length)
        {
            segments.Add(new TranscriptSegment("…", false));
        }

        return segments;
    }
}
