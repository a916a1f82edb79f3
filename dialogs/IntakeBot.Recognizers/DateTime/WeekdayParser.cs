using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Weekdays: "dinsdag", "vorige dinsdag" (last week's), "afgelopen dinsdag" (the most recent), "volgende dinsdag"
/// (next week's), "aanstaande dinsdag" (the coming one), "vorige week dinsdag", "dinsdag van volgende week",
/// "dinsdag 9 mei", "dinsdag de elfde".
/// </summary>
internal static class WeekdayParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        var first = k;
        if (Word(t, k, "op") && AnyWord(t, k + 1, "volgende", "vorige") && Word(t, k + 2, "week"))
        {
            k++;
        }

        // "vorige week (-) dinsdag", "deze week maandag"
        if (AnyWord(t, k, "vorige", "volgende", "deze", "komende", "afgelopen") && Word(t, k + 1, "week"))
        {
            var w = k + 2;
            if (Symbol(t, w, '-') || Symbol(t, w, ','))
            {
                w++;
            }

            if (Weekday(t, w) is { } day)
            {
                var shift = t[k].Text switch { "vorige" or "afgelopen" => -7, "volgende" or "komende" => 7, _ => 0 };
                return new DateParse(DateSpec.Concrete(DateMath.WeekStart(reference).AddDays(shift + day - 1)), first, w);
            }
        }

        var modifier = t[k].Kind == NumTokenKind.Word ? t[k].Text : string.Empty;
        var start = k;
        if (modifier == "deze" && Word(t, k + 1, "afgelopen"))
        {
            modifier = "afgelopen";
            k++;
        }

        if (modifier is "vorige" or "volgende" or "afgelopen" or "aanstaande" or "komende" or "deze" or "voorbije")
        {
            if (Weekday(t, k + 1) is { } day)
            {
                return new DateParse(DateSpec.Concrete(Shift(reference, modifier, day)), start, k + 1);
            }

            return null;
        }

        if (Weekday(t, k) is not { } weekday)
        {
            return null;
        }

        // "dinsdag van volgende week"
        if (Word(t, k + 1, "van") && AnyWord(t, k + 2, "volgende", "vorige", "deze") && Word(t, k + 3, "week"))
        {
            first = Word(t, k - 1, "op") && first == k ? k - 1 : first;
            var shift = t[k + 2].Text switch { "vorige" => -7, "volgende" => 7, _ => 0 };
            return new DateParse(DateSpec.Concrete(DateMath.WeekStart(reference).AddDays(shift + weekday - 1)), first, k + 3);
        }

        var next = k + 1;
        if (Symbol(t, next, ','))
        {
            next++;
        }

        var dated = WrittenDateParser.Parse(t, next, reference) ?? NumericDateParser.Parse(t, next);
        if (dated is { Spec: { IsConcrete: true } or { Day: not 0 } } && dated.First == next)
        {
            return new DateParse(dated.Spec, k, dated.Last);
        }

        if (Word(t, k + 1, "de") && OrdinalDay(t, k + 2) is { } dayOfMonth)
        {
            var dayLast = Adjacent(t, k + 2, k + 3) && AnyWord(t, k + 3, "e", "ste", "de") ? k + 3 : k + 2;
            return MatchingDay(reference, weekday, dayOfMonth) is { } found ? new DateParse(DateSpec.Concrete(found), k, dayLast) : null;
        }

        return new DateParse(DateSpec.OnWeekday(weekday), k, k);
    }

    public static int? Weekday(IReadOnlyList<NumToken> t, int k) =>
        k < t.Count && k >= 0 && t[k].Kind == NumTokenKind.Word && DateTimeWords.Weekdays.TryGetValue(t[k].Text, out var d) ? d : null;

    public static int? OrdinalDay(IReadOnlyList<NumToken> t, int k)
    {
        if (k >= t.Count)
        {
            return null;
        }

        if (Digits(t, k, 2) is { } d && k + 1 < t.Count && Adjacent(t, k, k + 1) && AnyWord(t, k + 1, "e", "ste", "de"))
        {
            return d is >= 1 and <= 31 ? d : null;
        }

        return t[k].Kind == NumTokenKind.Word && t[k].Ordinal is var o and >= 1 and <= 31 ? (int)o : null;
    }

    public static DateOnly Shift(DateOnly reference, string modifier, int day)
    {
        var thisWeek = DateMath.WeekStart(reference).AddDays(day - 1);
        return modifier switch
        {
            "vorige" => thisWeek.AddDays(-7),
            "volgende" => thisWeek.AddDays(7),
            "afgelopen" or "voorbije" => thisWeek < reference ? thisWeek : thisWeek.AddDays(-7),
            "aanstaande" or "komende" => thisWeek > reference ? thisWeek : thisWeek.AddDays(7),
            _ => thisWeek,
        };
    }

    private static DateOnly? MatchingDay(DateOnly reference, int weekday, int day)
    {
        for (var m = 0; m < 12; m++)
        {
            var month = reference.AddMonths(m);
            if (DateMath.IsValid(month.Year, month.Month, day))
            {
                var candidate = new DateOnly(month.Year, month.Month, day);
                if ((((int)candidate.DayOfWeek + 6) % 7) + 1 == weekday)
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
