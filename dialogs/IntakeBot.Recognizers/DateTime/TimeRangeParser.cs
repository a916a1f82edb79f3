using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Reads "van 3 uur 's ochtends tot 5 uur 's middags", "tussen 4 en 5 's middags", "9-10 's ochtends", "'s avonds".</summary>
internal static class TimeRangeParser
{
    /// <summary>Meal times: "de lunch", "lunchtijd", "het avondeten", "tijdens lunchtijd".</summary>
    private static TimeRangeParse? Meal(IReadOnlyList<NumToken> t, int k)
    {
        var first = k;
        var j = AnyWord(t, k, "tijdens", "bij") ? k + 1 : k;
        var marked = j > k || Word(t, j, "lunchtijd");
        if (AnyWord(t, j, "de", "het"))
        {
            marked = true;
            j++;
        }

        if (!marked)
        {
            return null;
        }

        DayPart? meal = j < t.Count ? t[j].Text switch
        {
            "lunch" or "lunchtijd" or "middageten" => new DayPart("MEL", TimeSpan.FromHours(11), TimeSpan.FromHours(13)),
            "avondeten" or "diner" or "etenstijd" => new DayPart("MED", TimeSpan.FromHours(16), TimeSpan.FromHours(20)),
            "ontbijt" => new DayPart("MEB", TimeSpan.FromHours(7), TimeSpan.FromHours(9)),
            _ => null,
        } : null;
        return meal is null ? null : new TimeRangeParse(null, null, meal, first, j);
    }

    public static TimeRangeParse? Parse(IReadOnlyList<NumToken> t, int k, bool nextToDate = false)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        var first = k;
        var prefix = AnyWord(t, k, "van", "tussen", "vanaf") ? t[k].Text : null;
        if (prefix is not null)
        {
            k++;
        }

        if (Word(t, k, "om"))
        {
            k++;
        }

        if (TimeParser.Parse(t, k, allowBare: true) is { } start && start.First >= k - 1)
        {
            var j = start.Last + 1;
            var connector = false;
            if (Symbol(t, j, '-') || Symbol(t, j, '–') || Symbol(t, j, '—') || (prefix is not "tussen" && Word(t, j, "tot")) || (prefix == "tussen" && AnyWord(t, j, "en", "tot")))
            {
                connector = true;
                j++;
                if (Word(t, j, "en") && Word(t, j + 1, "met"))
                {
                    j += 2;
                }
            }

            if (connector && TimeParser.Parse(t, j, allowBare: true) is { } end
                && !(Adjacent(t, end.Last, end.Last + 1) && t[end.Last + 1].Text is "-" or "/" && end.Last + 2 < t.Count && t[end.Last + 2].Kind == NumTokenKind.Digits))
            {
                var clockLike = start.Spec.Precision > 1 || end.Spec.Precision > 1 || Word(t, end.Last, "uur") || end.Part is not null;
                if (prefix is null && !clockLike && !nextToDate)
                {
                    return null;
                }

                var s = start.Spec;
                if (end.Part is { } part && start.Part is null && s.Ambiguous)
                {
                    s = s.WithDayPart(part);
                }

                var rangeFirst = prefix == "vanaf" ? first + 1 : first;
                return new TimeRangeParse(s, end.Spec, null, rangeFirst, end.Last);
            }
        }

        if (Meal(t, first) is { } meal)
        {
            return meal;
        }

        if (prefix is null && DayPartParser.Parse(t, first) is { } alone)
        {
            return new TimeRangeParse(null, null, alone.Part, alone.First, alone.Last);
        }

        return null;
    }
}
