using System.Text;
using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// Replaces personal data in a message with <see cref="PiiPlaceholders"/>, for transcripts in analytics and reports.
/// </summary>
/// <remarks>
/// Known values (answers to prompts that asked for personal data, two characters or more) are redacted first and
/// exactly: every occurrence, case-insensitively, on word boundaries; a known name also redacts each of its words of three letters or more
/// except particles ("Sanne de Vries" also hides a later "Sanne"). Then detected data: e-mail, IBAN, BSN (11-proof),
/// phone numbers (not 0800/090x service numbers), dates of birth after a cue, postcodes, street addresses, and names after "ik heet", "mijn naam is",
/// "ik ben" + capitalised word. Where spans overlap, the earlier kind in that order wins. Linear in the input length;
/// never throws on any string. Pure and safe for concurrent use.
/// </remarks>
public static class PiiRedactor
{
    private static readonly HashSet<string> NameParticles = new(["van", "de", "der", "den", "ter", "ten", "het"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Redacts <paramref name="text"/>.</summary>
    /// <param name="text">A user message.</param>
    /// <param name="known">Values the user gave to prompts that asked for personal data; may be empty.</param>
    public static RedactionResult Redact(string text, IReadOnlyCollection<KnownPiiValue> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);

        var candidates = new List<PiiSpan>();
        foreach (var value in known)
        {
            AddKnown(text, value, candidates);
        }

        Add(candidates, PiiKind.Email, EmailRecognizer.Recognize(text));
        Add(candidates, PiiKind.Iban, IbanRecognizer.Recognize(text));
        Add(candidates, PiiKind.Bsn, BsnRecognizer.Recognize(text));
        Add(candidates, PiiKind.PhoneNumber, PhoneNumberRecognizer.Recognize(text).Where(r => !IsServiceNumber(r)));
        Add(candidates, PiiKind.DateOfBirth, DateOfBirthDetector.Find(text));
        Add(candidates, PiiKind.Postcode, PostcodeRecognizer.Recognize(text));
        var words = Word.Split(text);
        Add(candidates, PiiKind.Address, AddressDetector.Find(text, words));
        Add(candidates, PiiKind.Name, NameDetector.Find(words));

        var spans = NonOverlapping(candidates);
        return new RedactionResult(Apply(text, spans), spans);
    }

    /// <summary>0800 and 090x numbers belong to organisations (Veilig Thuis 0800-2000), never to a person.</summary>
    private static bool IsServiceNumber(ModelResult phone) =>
        phone.Resolution.TryGetValue("normalized", out var normalized) && normalized is string e164
        && (e164.StartsWith("+31800", StringComparison.Ordinal) || e164.StartsWith("+3190", StringComparison.Ordinal));

    private static void AddKnown(string text, KnownPiiValue known, List<PiiSpan> candidates)
    {
        var value = known.Value?.Trim() ?? string.Empty;
        AddOccurrences(text, value, known, candidates);
        if (known.Kind == PiiKind.Name)
        {
            foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part.Length >= 3 && !NameParticles.Contains(part) && part != value)
                {
                    AddOccurrences(text, part, known, candidates);
                }
            }
        }
    }

    private static void AddOccurrences(string text, string value, KnownPiiValue known, List<PiiSpan> candidates)
    {
        // A one-letter answer ("a", "-") would blank out half the transcript; it cannot identify anyone anyway.
        if (value.Length < 2)
        {
            return;
        }

        var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + value.Length;
            var boundedLeft = !char.IsLetterOrDigit(value[0]) || !CharClass.IsWordAt(text, at - 1);
            var boundedRight = !char.IsLetterOrDigit(value[^1]) || !CharClass.IsWordAt(text, end);
            if (boundedLeft && boundedRight)
            {
                candidates.Add(new PiiSpan(known.Kind, at, end - 1, known.PromptId));
            }

            at = at + 1 < text.Length ? text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase) : -1;
        }
    }

    private static void Add(List<PiiSpan> candidates, PiiKind kind, IEnumerable<ModelResult> results)
    {
        foreach (var result in results)
        {
            candidates.Add(new PiiSpan(kind, result.Start, result.End, null));
        }
    }

    private static void Add(List<PiiSpan> candidates, PiiKind kind, IEnumerable<(int Start, int End)> found)
    {
        foreach (var (start, end) in found)
        {
            candidates.Add(new PiiSpan(kind, start, end - 1, null));
        }
    }

    /// <summary>Keeps candidates in priority order (the order they were added), dropping any that overlap a kept one.</summary>
    private static List<PiiSpan> NonOverlapping(List<PiiSpan> candidates)
    {
        var taken = new SortedList<int, PiiSpan>();
        foreach (var candidate in candidates)
        {
            if (!Overlaps(taken, candidate))
            {
                taken.Add(candidate.Start, candidate);
            }
        }

        return [.. taken.Values];
    }

    private static bool Overlaps(SortedList<int, PiiSpan> taken, PiiSpan candidate)
    {
        var keys = taken.Keys;
        var lo = 0;
        var hi = keys.Count - 1;
        var before = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (keys[mid] <= candidate.End)
            {
                before = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Kept spans do not overlap each other, so only the last one starting at or before our end can reach us.
        return before >= 0 && taken.Values[before].End >= candidate.Start;
    }

    private static string Apply(string text, List<PiiSpan> spans)
    {
        if (spans.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans)
        {
            builder.Append(text, position, span.Start - position).Append(PiiPlaceholders.For(span.Kind));
            position = span.End + 1;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
