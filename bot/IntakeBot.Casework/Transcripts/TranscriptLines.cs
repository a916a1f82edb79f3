using System.Text.Json;
using IntakeBot.Intake.Cases;
using IntakeBot.Recognizers.Pii;

namespace IntakeBot.Casework.Transcripts;

/// <summary>
/// Turns stored activities into readable lines for staff: as typed, with the case's field values highlighted, or
/// redacted (personal data replaced by placeholders, for analytics) using the case's personal field values as known
/// values plus the detectors of <see cref="PiiRedactor"/>.
/// </summary>
public static class TranscriptLines
{
    /// <summary>Field values shorter than this are not highlighted ("ja", "nee" would light up everywhere).</summary>
    private const int MinimumHighlight = 3;

    /// <summary>Enough for any real message; keeps a hostile one (a value repeated 30,000 times) linear.</summary>
    private const int MaxHighlights = 50;

    /// <summary>The lines of <paramref name="entries"/>; <paramref name="intakeCase"/> supplies the values to highlight or redact.</summary>
    public static IReadOnlyList<TranscriptLine> From(IReadOnlyList<TranscriptEntry> entries, IntakeCase? intakeCase, bool redacted)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var known = redacted ? KnownValues(intakeCase) : [];
        var lines = new List<TranscriptLine>(entries.Count);
        foreach (var entry in entries)
        {
            var (type, text, buttons) = Read(entry.ActivityJson);
            if (redacted)
            {
                text = PiiRedactor.Redact(text, known).RedactedText;
                lines.Add(new TranscriptLine(entry.Sequence, entry.At, entry.Direction, type, text, buttons, []));
                continue;
            }

            var highlights = entry.Direction == TranscriptDirection.Incoming ? Highlights(text, intakeCase) : [];
            lines.Add(new TranscriptLine(entry.Sequence, entry.At, entry.Direction, type, text, buttons, highlights));
        }

        return lines;
    }

    private static (string Type, string Text, IReadOnlyList<string> Buttons) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
            var text = root.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() ?? "" : "";
            if (type != "message" && text.Length == 0)
            {
                var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                text = "[" + (name ?? type) + "]";
            }

            return (type, text, Buttons(root));
        }
        catch (JsonException)
        {
            return ("unreadable", "[unreadable activity]", []);
        }
    }

    private static List<string> Buttons(JsonElement root)
    {
        var titles = new List<string>();
        if (root.TryGetProperty("suggestedActions", out var suggested) && suggested.ValueKind == JsonValueKind.Object
            && suggested.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array)
        {
            foreach (var action in actions.EnumerateArray())
            {
                if (action.ValueKind == JsonValueKind.Object && action.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                {
                    titles.Add(title.GetString() ?? "");
                }
            }
        }

        return titles;
    }

    private static List<TranscriptHighlight> Highlights(string text, IntakeCase? intakeCase)
    {
        var found = new List<TranscriptHighlight>();
        if (intakeCase is null || text.Length == 0)
        {
            return found;
        }

        foreach (var (field, value) in intakeCase.Fields)
        {
            var needle = value.Trim();
            if (needle.Length < MinimumHighlight)
            {
                continue;
            }

            for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0 && found.Count < MaxHighlights; at = text.IndexOf(needle, at + needle.Length, StringComparison.OrdinalIgnoreCase))
            {
                var start = at;
                if (!found.Any(h => start < h.Start + h.Length && h.Start < start + needle.Length))
                {
                    found.Add(new TranscriptHighlight(start, needle.Length, field));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static List<KnownPiiValue> KnownValues(IntakeCase? intakeCase)
    {
        var known = new List<KnownPiiValue>();
        if (intakeCase is null)
        {
            return known;
        }

        foreach (var (field, value) in intakeCase.Fields)
        {
            if (!CaseFieldNames.Personal.Contains(field) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var kind = field switch
            {
                CaseFieldNames.Email => PiiKind.Email,
                CaseFieldNames.Phone => PiiKind.PhoneNumber,
                CaseFieldNames.Address or CaseFieldNames.City => PiiKind.Address,
                _ => PiiKind.Name,
            };
            known.Add(new KnownPiiValue(value, kind, field));
        }

        return known;
    }
}
