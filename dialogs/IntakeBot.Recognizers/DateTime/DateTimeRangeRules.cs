using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Date-and-time ranges: "morgenavond", "vanochtend", "vandaag van vijf tot zeven", "gisteren tussen 3 en 8",
/// "tussen 16:00 en 17:00 vandaag", "het aankomende uur"; and "afgelopen nacht om 8" as a datetime.
/// </summary>
internal static class DateTimeRangeRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        DtMatch? best = null;
        if (DayWithPartParser.Parse(t, k, c.Today, c.Reference) is { } dayPart)
        {
            var j = dayPart.Last + 1;
            if (AnyWord(t, j, "om", "rond", "omstreeks") && TimeParser.Core(t, j + 1, true) is { } at)
            {
                var atLast = Word(t, at.Last + 1, "uur") ? at.Last + 1 : Word(t, at.Last + 1, "u") && Adjacent(t, at.Last, at.Last + 1) ? at.Last + 1 : at.Last;
                return DtValues.DateTimeMatch(dayPart.First, atLast, dayPart.Date, at.Spec.WithDayPart(dayPart.Part), c.Today);
            }

            // "morgenochtend tien voor half zes", "vanavond 8 uur"
            if (TimeParser.Parse(t, j) is { } direct && direct.First == j)
            {
                return DtValues.DateTimeMatch(dayPart.First, direct.Last, dayPart.Date, direct.Spec.WithDayPart(dayPart.Part), c.Today);
            }

            if (TimeRangeParser.Parse(t, j) is { Start: not null } inPart)
            {
                return WithDate(inPart with { Start = Apply(inPart.Start, dayPart.Part), End = Apply(inPart.End, dayPart.Part) }, dayPart.Date, dayPart.First, inPart.Last, c);
            }

            best = PartRange(dayPart.Date, dayPart.Part, dayPart.First, dayPart.Last, c);
        }

        if (DateParser.Parse(t, k, c) is { } date)
        {
            var j = date.Last + 1;
            if (Symbol(t, j, ','))
            {
                j++;
            }

            if (TimeRangeParser.Parse(t, j, nextToDate: true) is { Start: not null } range)
            {
                return Longer(best, WithDate(range, date.Spec, date.First, range.Last, c));
            }

            if (Word(t, j, "om") && TimeRangeParser.Parse(t, j + 1) is { Start: not null } omRange)
            {
                return Longer(best, WithDate(omRange, date.Spec, date.First, omRange.Last, c));
            }
        }

        if (TimeRangeParser.Parse(t, k, nextToDate: true) is { Start: not null } leading)
        {
            var j = leading.Last + 1;
            if (AnyWord(t, j, "op"))
            {
                j++;
            }

            if (DayWithPartParser.Parse(t, j, c.Today, c.Reference) is { } laterPart && laterPart.First == j)
            {
                var applied = leading with { Start = Apply(leading.Start, laterPart.Part), End = Apply(leading.End, laterPart.Part) };
                return Longer(best, WithDate(applied, laterPart.Date, leading.First, laterPart.Last, c));
            }

            if (DateParser.Parse(t, j, c) is { } later && later.First == j)
            {
                return Longer(best, WithDate(leading, later.Spec, leading.First, later.Last, c));
            }
        }

        return Longer(best, Longer(Upcoming(t, k, c), PartOfDay(t, k, c)));
    }

    private static DtMatch? Longer(DtMatch? a, DtMatch? b) => a is null ? b : b is null ? a : b.Last > a.Last ? b : a;

    private static TimeSpec? Apply(TimeSpec? spec, DayPart part) => spec is { Ambiguous: true } ? spec.WithDayPart(part) : spec;

    private static DtMatch PartRange(DateSpec date, DayPart part, int first, int last, DtContext c)
    {
        var values = date.Candidates(c.Today)
            .Select(d => (IReadOnlyDictionary<string, object?>)DtValues.Range(date.Timex + "T" + part.Code, "datetimerange", DtValues.Stamp(d, part.Start), DtValues.Stamp(d, part.End)))
            .ToList();
        return new DtMatch(first, last, "datetimerange", values);
    }

    public static DtMatch WithDate(TimeRangeParse range, DateSpec date, int first, int last, DtContext c)
    {
        var values = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var (s, e) in range.Candidates())
        {
            foreach (var d in date.Candidates(c.Today))
            {
                var timex = $"({date.Timex}{s.Timex},{date.Timex}{e.Timex},{TimeRangeParse.Length(s, e)})";
                values.Add(DtValues.Range(timex, "datetimerange", DtValues.Stamp(d, s.Time), DtValues.Stamp(d, e.Time)));
            }
        }

        return new DtMatch(first, last, "datetimerange", values);
    }

    /// <summary>"halverwege vandaag" (10-14), "later op de dag" (12-24).</summary>
    private static DtMatch? PartOfDay(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        if (AnyWord(t, k, "halverwege", "midden") && DateParser.Parse(t, k + 1, c) is { Spec.IsConcrete: true } day && day.First == k + 1)
        {
            var d = day.Spec.Date;
            return new DtMatch(k, day.Last, "datetimerange", [DtValues.Range(DtValues.Date(d), "datetimerange", DtValues.Stamp(d, TimeSpan.FromHours(10)), DtValues.Stamp(d, TimeSpan.FromHours(14)), "mid")]);
        }

        if (Word(t, k, "later") && Word(t, k + 1, "op") && Word(t, k + 2, "de") && Word(t, k + 3, "dag"))
        {
            var d = c.Today;
            return new DtMatch(k, k + 3, "datetimerange", [DtValues.Range(DtValues.Date(d), "datetimerange", DtValues.Stamp(d, TimeSpan.FromHours(12)), DtValues.Stamp(d.AddDays(1), TimeSpan.Zero), "end")]);
        }

        return null;
    }

    /// <summary>"het aankomende uur", "5 aankomende minuten", "2 uur in de toekomst".</summary>
    private static DtMatch? Upcoming(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        double amount = 1;
        var first = k;
        var j = k;
        DurationUnit? unit = null;
        var past = AnyWord(t, j, "laatste", "afgelopen", "voorgaande", "vorige");
        var ahead = AnyWord(t, j, "aankomende", "komende", "volgende", "volgend");
        if ((past || ahead) && Count(t, j + 1) is { } counted && counted.Last + 1 < t.Count
            && DateTimeWords.Units.TryGetValue(t[counted.Last + 1].Text, out var u0) && u0.IsTime)
        {
            amount = counted.Value;
            unit = u0;
            j = counted.Last + 1;
        }
        else if (past && j + 1 < t.Count && DateTimeWords.Units.TryGetValue(t[j + 1].Text, out var u3) && u3.IsTime)
        {
            unit = u3;
            j++;
        }
        else if (ahead && j + 1 < t.Count && DateTimeWords.Units.TryGetValue(t[j + 1].Text, out var u1) && u1.IsTime)
        {
            unit = u1;
            j++;
        }
        else if (Count(t, j) is { } n && AnyWord(t, n.Last + 1, "aankomende", "komende", "volgende") && n.Last + 2 < t.Count
            && DateTimeWords.Units.TryGetValue(t[n.Last + 2].Text, out var u2) && u2.IsTime)
        {
            amount = n.Value;
            unit = u2;
            j = n.Last + 2;
        }
        else if (DurationParser.Parse(t, j) is { Unit.IsTime: true } d && Word(t, d.Last + 1, "in") && Word(t, d.Last + 2, "de") && Word(t, d.Last + 3, "toekomst"))
        {
            amount = d.Amount;
            unit = d.Unit;
            j = d.Last + 3;
        }

        if (unit is null)
        {
            return null;
        }

        var end = c.Reference.AddSeconds(amount * unit.Seconds);
        if (past)
        {
            (end, var from) = (c.Reference, c.Reference.AddSeconds(-amount * unit.Seconds));
            var fs = from.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            var es = end.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            return new DtMatch(first, j, "datetimerange", [DtValues.Range($"({fs},{es},{DtValues.Span(end - from)})", "datetimerange", fs.Replace('T', ' '), es.Replace('T', ' '))]);
        }

        var s = c.Reference.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var e = end.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var timex = $"({s},{e},{DtValues.Span(end - c.Reference)})";
        return new DtMatch(first, j, "datetimerange", [DtValues.Range(timex, "datetimerange", s.Replace('T', ' '), e.Replace('T', ' '))]);
    }
}
