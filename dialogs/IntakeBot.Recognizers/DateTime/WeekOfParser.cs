using System.Globalization;
using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>"de eerste week van 2015", "de laatste week van juli", "de 3e week van jan": weeks counted by their Thursday.</summary>
internal static class WeekOfParser
{
    public static PeriodParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly today)
    {
        var first = k;
        if (Word(t, k, "de"))
        {
            k++;
        }

        var last = k;
        int? n = Word(t, k, "laatste") ? -1 : WeekdayParser.OrdinalDay(t, k);
        if (n is not { } nth || nth is 0 or > 5)
        {
            return null;
        }

        if (Adjacent(t, k, k + 1) && AnyWord(t, k + 1, "e", "ste", "de"))
        {
            last = k + 1;
        }

        if (!Word(t, last + 1, "week") || !Word(t, last + 2, "van"))
        {
            return null;
        }

        var j = last + 3;
        var period = PeriodParser.Month(t, j, today, allowShort: true) ?? PeriodParser.Parse(t, j, today);
        if (period is null || period.First != j)
        {
            return null;
        }

        var isYear = period.Timex.Length == 4 && !period.Timex.StartsWith('X');
        var candidates = period.Candidates.Select(p => Week(p.Start, p.End, nth)).ToList();
        string timex;
        if (isYear)
        {
            timex = DateMath.IsoWeek(candidates[0].Start);
        }
        else
        {
            var index = nth > 0 ? nth : 5;
            timex = string.Create(CultureInfo.InvariantCulture, $"{period.Timex}-W{index:D2}");
        }

        return new PeriodParse(timex, candidates, first, period.Last);
    }

    private static (DateOnly Start, DateOnly End) Week(DateOnly start, DateOnly end, int nth)
    {
        // The first week is the one whose Thursday falls in the period (as ISO weeks do for years).
        var firstMonday = DateMath.WeekStart(start);
        if (firstMonday.AddDays(3) < start)
        {
            firstMonday = firstMonday.AddDays(7);
        }

        var lastMonday = DateMath.WeekStart(end.AddDays(-1));
        if (lastMonday.AddDays(3) >= end)
        {
            lastMonday = lastMonday.AddDays(-7);
        }

        var monday = nth > 0 ? firstMonday.AddDays(7 * (nth - 1)) : lastMonday;
        return (monday, monday.AddDays(7));
    }
}
