using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// Finds a date after a birth cue ("geboren op 3-4-2010", "geboortedatum: 03/04/2010", "geb. 3 april 2010",
/// "born on 3 April 2010"). A date without such a cue is an event date, not personal data, and is left alone.
/// </summary>
internal static class DateOfBirthDetector
{
    private const int MaxGapAfterCue = 12;

    private static readonly string[] Cues = ["geboortedatum", "geboorte datum", "geb.datum", "geboren", "geb.", "geb ", "date of birth", "birth date", "birthdate", "born on", "born", "dob"];

    private static readonly string[] Months =
    [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "january", "february", "march", "may", "june", "july", "august", "october", "jan", "feb", "mrt", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "okt", "oct", "nov", "dec",
    ];

    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        var from = 0;
        var next = new int[Cues.Length];
        Array.Fill(next, -2);
        while (from < text.Length)
        {
            var (cueStart, cueEnd) = NextCue(text, from, next);
            if (cueStart < 0)
            {
                yield break;
            }

            from = cueEnd;
            for (var start = cueEnd; start < text.Length && start - cueEnd <= MaxGapAfterCue; start++)
            {
                if (CharClass.IsAsciiDigit(text[start]) && !CharClass.IsWordAt(text, start - 1))
                {
                    var end = DateEnd(text, start);
                    if (end > start)
                    {
                        yield return (start, end);
                        from = end;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>The earliest cue at or after <paramref name="from"/>. <paramref name="next"/> caches each cue's next
    /// position (-1 when none is left), so every cue is searched for at most once per occurrence: linear overall.</summary>
    private static (int Start, int End) NextCue(string text, int from, int[] next)
    {
        var best = (Start: -1, End: -1);
        for (var c = 0; c < Cues.Length; c++)
        {
            if (next[c] != -1 && next[c] < from)
            {
                next[c] = Find(text, Cues[c], from);
            }

            if (next[c] >= 0 && (best.Start < 0 || next[c] < best.Start))
            {
                best = (next[c], next[c] + Cues[c].Length);
            }
        }

        return best;
    }

    private static int Find(string text, string cue, int from)
    {
        var at = text.IndexOf(cue, from, StringComparison.OrdinalIgnoreCase);
        while (at >= 0 && CharClass.IsWordAt(text, at - 1))
        {
            at = at + 1 < text.Length ? text.IndexOf(cue, at + 1, StringComparison.OrdinalIgnoreCase) : -1;
        }

        return at;
    }

    /// <summary>The exclusive end of "d-m-yyyy", "d/m/yy", "d.m.yyyy" or "d month yyyy" at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private static int DateEnd(string text, int start)
    {
        var i = Digits(text, start, 2, out var day);
        if (i == start || day is < 1 or > 31 || i >= text.Length)
        {
            return start;
        }

        if (text[i] is '-' or '/' or '.')
        {
            var separator = text[i];
            var j = Digits(text, i + 1, 2, out var month);
            if (j == i + 1 || month is < 1 or > 12 || j >= text.Length || text[j] != separator)
            {
                return start;
            }

            var k = Digits(text, j + 1, 4, out _);
            return k - (j + 1) is 2 or 4 && !CharClass.IsWordAt(text, k) ? k : start;
        }

        if (text[i] != ' ')
        {
            return start;
        }

        var monthEnd = i + 1;
        while (monthEnd < text.Length && CharClass.IsAsciiLetter(text[monthEnd]))
        {
            monthEnd++;
        }

        var monthWord = text.AsSpan(i + 1, monthEnd - i - 1);
        var known = false;
        foreach (var m in Months)
        {
            known |= monthWord.Equals(m, StringComparison.OrdinalIgnoreCase);
        }

        if (!known)
        {
            return start;
        }

        var afterMonth = monthEnd < text.Length && text[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
        if (afterMonth + 1 < text.Length && text[afterMonth] == ' ')
        {
            var yearEnd = Digits(text, afterMonth + 1, 4, out _);
            if (yearEnd - (afterMonth + 1) == 4 && !CharClass.IsWordAt(text, yearEnd))
            {
                return yearEnd;
            }
        }

        return monthEnd;
    }

    private static int Digits(string text, int from, int max, out int value)
    {
        value = 0;
        var i = from;
        while (i < text.Length && i - from < max && CharClass.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i < text.Length && CharClass.IsAsciiDigit(text[i]) ? from : i;
    }
}
