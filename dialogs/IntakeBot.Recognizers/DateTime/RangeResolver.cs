using System.Globalization;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Turns two range ends into a daterange with timex "(start,end,duration)" and its candidates.</summary>
internal static class RangeResolver
{
    public static PeriodParse? Resolve(RangeEnd a, RangeEnd b, DateOnly today, int first, int last)
    {
        if (a.Kind == 'Y' && b.Kind == 'Y')
        {
            var (s, e) = (a.Period!.Candidates[0].Start, b.Period!.Candidates[0].Start);
            return Build(DtValues.Date(s), DtValues.Date(e), [(s, e)], $"P{e.Year - s.Year}Y", first, last);
        }

        if (a.Kind == 'M' && b.Kind is 'M' or 'Y')
        {
            return Months(a.Period!, b.Period!, today, first, last);
        }

        if (a.Kind == 'B' && b.Kind == 'D' && b.Date is { Weekday: 0 } bd && bd.Day != 0)
        {
            var aSpec = bd.IsConcrete ? DateSpec.Concrete(DateMath.SafeDate(bd.Date.Year, bd.Date.Month, a.BareDay)) : DateSpec.MonthDay(bd.Month, a.BareDay);
            return Dates(aSpec, bd, today, first, last);
        }

        if (a.Kind == 'D' && b.Kind == 'D' && a.Date is { Month: > 0, IsConcrete: false, ForcedYear: 0 } am && b.Date!.IsConcrete)
        {
            var year = (am.Month, am.Day).CompareTo((b.Date.Date.Month, b.Date.Date.Day)) <= 0 ? b.Date.Date.Year : b.Date.Date.Year - 1;
            return Dates(DateSpec.Concrete(DateMath.SafeDate(year, am.Month, am.Day)), b.Date, today, first, last);
        }

        if (a.Kind == 'M' && b.Kind == 'D' && b.Date!.IsConcrete && a.Period!.Timex.StartsWith('X'))
        {
            var m = a.Period.Candidates[0].Start.Month;
            var s = new DateOnly(m <= b.Date.Date.Month ? b.Date.Date.Year : b.Date.Date.Year - 1, m, 1);
            return Build(DtValues.Date(s), DtValues.Date(b.Date.Date), [(s, b.Date.Date)], $"P{b.Date.Date.DayNumber - s.DayNumber}D", first, last);
        }

        if (a.Kind == 'D' && b.Kind == 'D')
        {
            return Dates(a.Date!, b.Date!, today, first, last);
        }

        if (a.Kind == 'M' && b.Kind == 'D' && a.Period!.Candidates.Count == 1 && b.Date!.IsConcrete)
        {
            var s = a.Period.Candidates[0].Start;
            return Build(DtValues.Date(s), DtValues.Date(b.Date.Date), [(s, b.Date.Date)], $"P{b.Date.Date.DayNumber - s.DayNumber}D", first, last);
        }

        if (a.Kind == 'M' && b.Kind == 'D' && b.Date!.IsConcrete is false && b.Date.Month != 0)
        {
            var end = b.Date.Candidates(today)[1];
            var s = new DateOnly(a.Period!.Timex.StartsWith('X') ? end.Year - (a.Period.Candidates[0].Start.Month > end.Month ? 1 : 0) : a.Period.Candidates[0].Start.Year, a.Period.Candidates[0].Start.Month, 1);
            return Build(DtValues.Date(s), DtValues.Date(end), [(s, end)], $"P{end.DayNumber - s.DayNumber}D", first, last);
        }

        return null;
    }

    private static PeriodParse? Months(PeriodParse a, PeriodParse b, DateOnly today, int first, int last)
    {
        var aMonth = a.Candidates[0].Start.Month;
        var bMonth = b.Candidates[0].Start.Month;
        var aKnown = !a.Timex.StartsWith('X');
        var bKnown = !b.Timex.StartsWith('X');
        var starts = new List<DateOnly>();
        if (aKnown)
        {
            starts.Add(a.Candidates[0].Start);
        }
        else if (bKnown)
        {
            var bYear = b.Candidates[0].Start.Year;
            starts.Add(new DateOnly(aMonth <= bMonth ? bYear : bYear - 1, aMonth, 1));
        }
        else if (aMonth < today.Month)
        {
            starts.Add(new DateOnly(today.Year, aMonth, 1));
        }
        else
        {
            starts.Add(new DateOnly(today.Year - 1, aMonth, 1));
            starts.Add(new DateOnly(today.Year, aMonth, 1));
        }

        var candidates = new List<(DateOnly, DateOnly)>();
        foreach (var s in starts)
        {
            var e = bKnown ? b.Candidates[0].Start : new DateOnly(bMonth > aMonth ? s.Year : s.Year + 1, bMonth, 1);
            candidates.Add((s, e));
        }

        var (s0, e0) = candidates[0];
        var months = ((e0.Year - s0.Year) * 12) + e0.Month - s0.Month;
        var startTimex = aKnown || bKnown ? DtValues.Date(s0) : $"XXXX-{aMonth:D2}-01";
        var endTimex = aKnown || bKnown ? DtValues.Date(e0) : $"XXXX-{bMonth:D2}-01";
        return Build(startTimex, endTimex, candidates, $"P{months}M", first, last);
    }

    private static PeriodParse? Dates(DateSpec a, DateSpec b, DateOnly today, int first, int last)
    {
        var candidates = new List<(DateOnly, DateOnly)>();
        var starts = a.IsConcrete ? [a.Date] : a.Candidates(today);
        foreach (var s in starts)
        {
            DateOnly e;
            if (b.IsConcrete)
            {
                e = b.Date;
            }
            else if (b.Month != 0)
            {
                e = DateMath.SafeDate(s.Year, b.Month, b.Day);
                if (e < s)
                {
                    e = DateMath.SafeDate(s.Year + 1, b.Month, b.Day);
                }
            }
            else if (b.Weekday != 0)
            {
                e = s.AddDays(((b.Weekday - 1 - (((int)s.DayOfWeek + 6) % 7)) + 7) % 7);
            }
            else
            {
                return null;
            }

            candidates.Add((s, e));
        }

        if (candidates.Count == 0 || candidates[0].Item2 < candidates[0].Item1)
        {
            return null;
        }

        var days = candidates[0].Item2.DayNumber - candidates[0].Item1.DayNumber;
        var endTimex = b.Weekday != 0 ? DtValues.Date(candidates[0].Item2) : b.Timex;
        if (a.IsConcrete && b.Month != 0 && !b.IsConcrete)
        {
            endTimex = b.Timex;
        }

        return Build(a.Timex, endTimex, candidates, string.Create(CultureInfo.InvariantCulture, $"P{days}D"), first, last);
    }

    private static PeriodParse Build(string startTimex, string endTimex, List<(DateOnly, DateOnly)> candidates, string duration, int first, int last) =>
        new($"({startTimex},{endTimex},{duration})", candidates, first, last);
}
