using System.Text.Json;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Recognizers.Pii;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>
/// Turns stored activities into chat bubbles: message text only (cards, events and typing are left out). In the full
/// view the case's field values are marked where they occur in the user's messages; in the redacted view every message
/// goes through <see cref="PiiRedactor"/> with the case's personal fields as known values, and nothing is marked.
/// The text stays text: the page encodes it, so a transcript holding markup renders inert.
/// </summary>
internal static class TranscriptView
{
    /// <summary>Longer messages are cut for display; the stored transcript keeps them whole.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Values shorter than this would mark ordinary words everywhere ("ja", "nee").</summary>
    private const int MinMarkedLength = 3;

    private static readonly HashSet<string> YesNoFields = new(StringComparer.Ordinal)
    {
        CaseFieldNames.Anonymous, CaseFieldNames.ConsentToShare, CaseFieldNames.WantsConfidant, CaseFieldNames.TalkedFirst, CaseFieldNames.WantsCopy,
    };

    public static IReadOnlyList<TranscriptBubble> Build(IReadOnlyList<TranscriptEntry> entries, IReadOnlyDictionary<string, string> fields, bool redacted)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(fields);
        IReadOnlyList<string> marks = redacted
            ? []
            : [.. fields.Where(f => !YesNoFields.Contains(f.Key)).Select(f => f.Value.Trim()).Where(v => v.Length >= MinMarkedLength).Distinct(StringComparer.OrdinalIgnoreCase)];
        IReadOnlyCollection<KnownPiiValue> known = redacted ? KnownValues(fields) : [];
        var bubbles = new List<TranscriptBubble>(entries.Count);
        foreach (var entry in entries)
        {
            if (MessageText(entry.ActivityJson) is not { } text)
            {
                continue;
            }

            var fromUser = entry.Direction == TranscriptDirection.Incoming;
            IReadOnlyList<TranscriptSegment> segments = redacted
                ? [new TranscriptSegment(PiiRedactor.Redact(text, known).RedactedText, false)]
                : fromUser ? Highlight(text, marks) : [new TranscriptSegment(text, false)];
            bubbles.Add(new TranscriptBubble(fromUser, entry.At, segments));
        }

        return bubbles;
    }

    /// <summary>Splits <paramref name="text"/> into plain and marked pieces; overlapping matches keep the earlier, then the longer.</summary>
    public static IReadOnlyList<TranscriptSegment> Highlight(string text, IReadOnlyList<string> values)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var value in values)
        {
            var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                spans.Add((at, at + value.Length));
                at = at + value.Length < text.Length ? text.IndexOf(value, at + value.Length, StringComparison.OrdinalIgnoreCase) : -1;
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var segments = new List<TranscriptSegment>();
        var position = 0;
        foreach (var (start, end) in spans)
        {
            if (start < position)
            {
                continue;
            }

            if (start > position)
            {
                segments.Add(new TranscriptSegment(text[position..start], false));
            }

            segments.Add(new TranscriptSegment(text[start..end], true));
            position = end;
        }

        if (position < text.Length)
        {
            segments.Add(new TranscriptSegment(text[position..], false));
        }

        return segments;
    }

    private static List<KnownPiiValue> KnownValues(IReadOnlyDictionary<string, string> fields)
    {
        var known = new List<KnownPiiValue>();
        foreach (var (name, value) in fields)
        {
            if (CaseFieldNames.Personal.Contains(name) && !string.IsNullOrWhiteSpace(value))
            {
                var kind = name switch
                {
                    CaseFieldNames.Name => PiiKind.Name,
                    CaseFieldNames.Phone => PiiKind.PhoneNumber,
                    CaseFieldNames.Email => PiiKind.Email,
                    _ => PiiKind.Address,
                };
                known.Add(new KnownPiiValue(value, kind, "case." + name));
            }
        }

        return known;
    }

    private static string? MessageText(string activityJson)
    {
        try
        {
            using var document = JsonDocument.Parse(activityJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.GetString() != "message"
                || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                || text.GetString() is not { Length: > 0 } value)
            {
                return null;
            }

            return value.Length > MaxTextLength ? value[..MaxTextLength] + "…" : value;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
