using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// Finds street addresses: a street name ending in a street word ("Dorpsstraat 12a", "Laan van Meerdervoort 5" after
/// "woon op"), followed by a house number with optional addition.
/// </summary>
internal static class AddressDetector
{
    private const int MaxStreetWords = 5;

    private static readonly string[] StreetSuffixes =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "hof", "pad", "steeg", "park", "plantsoen",
        "markt", "baan", "kanaal", "haven", "erf", "ring", "allee", "boulevard", "dam", "veld", "wal", "oord", "akker", "weide",
        "straatje", "hoek", "burg", "zijde", "berg", "kamp", "horst", "hage", "voorhout", "tuin", "vaart", "kwartier",
    ];

    private static readonly string[][] Cues =
    [
        ["woon", "op"], ["woon", "aan"], ["woon", "in", "de"], ["woont", "op"], ["woont", "aan"], ["wonen", "op"], ["wonen", "aan"],
        ["adres", "is"], ["adres"], ["woonadres"], ["address", "is"], ["live", "at"],
    ];

    private static readonly HashSet<string> NotStreet = new(
        ["sinds", "met", "en", "maar", "want", "al", "nu", "bij", "voor", "jaar", "samen", "alleen", "tot", "ongeveer"],
        StringComparer.Ordinal);

    public static IEnumerable<(int Start, int End)> Find(string text, List<Word> words)
    {
        var lastEnd = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start < lastEnd)
            {
                continue;
            }

            var cue = CueLength(words, i);
            if (cue > 0 && TryAddressAfter(text, words, i + cue, out var span))
            {
                lastEnd = span.End;
                yield return span;
                continue;
            }

            if (IsStreetWord(words[i]) && i + 1 < words.Count
                && HouseNumberRecognizer.TryAt(text, words[i + 1].Start, out var numberEnd, out _, out _)
                && Gap(text, words[i].End, words[i + 1].Start))
            {
                lastEnd = numberEnd;
                yield return (words[i].Start, numberEnd);
            }
        }
    }

    private static bool TryAddressAfter(string text, List<Word> words, int first, out (int Start, int End) span)
    {
        span = default;
        if (first < words.Count && words[first].Lower is "de" or "het" or "t")
        {
            first++;
        }

        for (var j = first + 1; j < words.Count && j - first <= MaxStreetWords; j++)
        {
            if (!Gap(text, words[j - 1].End, words[j].Start) || NotStreet.Contains(words[j].Lower))
            {
                return false;
            }

            if (char.IsAsciiDigit(words[j].Text[0]))
            {
                if (HouseNumberRecognizer.TryAt(text, words[j].Start, out var end, out _, out _))
                {
                    span = (words[first].Start, end);
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    private static bool IsStreetWord(Word word)
    {
        if (!word.IsAlphabetic)
        {
            return false;
        }

        foreach (var suffix in StreetSuffixes)
        {
            if (word.Text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && (word.Text.Length > suffix.Length + 1 || word.IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Gap(string text, int from, int to) => to - from is >= 1 and <= 2 && text.AsSpan(from, to - from).Trim(", ").IsEmpty;

    private static int CueLength(List<Word> words, int at)
    {
        var best = 0;
        foreach (var cue in Cues)
        {
            if (cue.Length <= best || at + cue.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < cue.Length && matches; k++)
            {
                matches = string.Equals(words[at + k].Text, cue[k], StringComparison.OrdinalIgnoreCase);
            }

            best = matches ? cue.Length : best;
        }

        return best;
    }
}
