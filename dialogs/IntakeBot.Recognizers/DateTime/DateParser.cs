using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Reads one date at a token: relative days ("eergisteren"), weekdays with modifiers ("vorige week dinsdag"),
/// written dates ("3 maart 2019", "de 9e van mei"), numeric dates ("03-02-2025", "3/2") and holidays ("kerst").
/// </summary>
internal static class DateParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        return Longest(
            RelativeDay(t, k, reference),
            WeekdayParser.Parse(t, k, reference),
            WrittenDateParser.Parse(t, k, reference),
            NumericDateParser.Parse(t, k),
            HolidayParser.Parse(t, k, reference),
            OffsetDateParser.Parse(t, k, reference),
            DayOfMonth(t, k),
            ModifiedMonthDay(t, k, reference));
    }

    /// <summary>Memoised within one recognition call.</summary>
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        if (!c.Dates.TryGetValue(k, out var date))
        {
            date = Parse(t, k, c.Today);
            c.Dates[k] = date;
        }

        return date;
    }

    public static DateParse? Longest(params ReadOnlySpan<DateParse?> candidates)
    {
        DateParse? best = null;
        foreach (var c in candidates)
        {
            if (c is not null && (best is null || c.Last > best.Last))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>"de 5e", "de 29e": a day in this or the next/previous month.</summary>
    private static DateParse? DayOfMonth(IReadOnlyList<NumToken> t, int k)
    {
        // "op de tweede", "de eenendertigste": a written ordinal only when nothing word-like follows ("de tweede keer" is no date).
        if (Word(t, k, "de") && k + 1 < t.Count && t[k + 1].Kind == NumTokenKind.Word && t[k + 1].Ordinal is >= 2 and <= 31
            && (k + 2 >= t.Count || t[k + 2].Kind != NumTokenKind.Word || AnyWord(t, k + 2, "om", "terug", "van", "en", "of"))
            && WrittenDateParser.Parse(t, k + 1, default) is null)
        {
            return new DateParse(DateSpec.DayOfMonth((int)t[k + 1].Ordinal), k, k + 1);
        }

        if (!Word(t, k, "de") || Digits(t, k + 1, 2) is not { } day || day is < 1 or > 31 || !Adjacent(t, k + 1, k + 2) || !AnyWord(t, k + 2, "e", "ste", "de"))
        {
            return null;
        }

        return new DateParse(DateSpec.DayOfMonth(day), k, k + 2);
    }

    /// <summary>"deze 12/5" (this year), "volgende 12/5", "de volgende 6e april" (next year), "vorige 3 maart".</summary>
    private static DateParse? ModifiedMonthDay(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        if (!AnyWord(t, k, "deze", "volgende", "vorige", "komende", "aanstaande"))
        {
            return null;
        }

        var date = WrittenDateParser.Parse(t, k + 1, reference) ?? NumericDateParser.Parse(t, k + 1);
        if (date is not { Spec: { Month: > 0, IsConcrete: false } spec } || date.First != k + 1)
        {
            return null;
        }

        var year = t[k].Text switch
        {
            "deze" => reference.Year,
            "vorige" => reference.Year - 1,
            _ => new DateOnly(reference.Year, spec.Month, Math.Min(spec.Day, 28)) > reference ? reference.Year : reference.Year + 1,
        };
        if (t[k].Text == "volgende")
        {
            year = reference.Year + 1;
        }

        return new DateParse(spec with { ForcedYear = year }, k, date.Last);
    }

    private static DateParse? RelativeDay(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        if (t[k].Kind == NumTokenKind.Word && DateTimeWords.RelativeDays.TryGetValue(t[k].Text, out var offset))
        {
            return new DateParse(DateSpec.Concrete(reference.AddDays(offset)), k, k);
        }

        if (AnyWord(t, k, "deze", "die") && Word(t, k + 1, "dag"))
        {
            return new DateParse(DateSpec.Concrete(reference), k, k + 1);
        }

        var the = Word(t, k, "de") ? 1 : 0;
        if (AnyWord(t, k + the, "volgende", "vorige") && Word(t, k + the + 1, "dag"))
        {
            return new DateParse(DateSpec.Concrete(reference.AddDays(t[k + the].Text == "volgende" ? 1 : -1)), k, k + the + 1);
        }

        return null;
    }
}
