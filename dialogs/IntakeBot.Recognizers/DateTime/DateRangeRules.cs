using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Date ranges: "oktober", "volgende week", "2014", "begin januari", "eind van de week", "van mei tot september",
/// "tussen 3 en 12 sept", "komende drie dagen", "binnen 9 maanden", "in de herfstvakantie".
/// </summary>
internal static class DateRangeRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c) =>
        Parse(t, k, c) is { } p ? ToMatch(p) : null;

    public static PeriodParse? Parse(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        PeriodParse? best = null;
        foreach (var candidate in new[] { PeriodParser.Parse(t, k, c.Today), Part(t, k, c), RangeParser.Parse(t, k, c), Window(t, k, c), WeekOfParser.Parse(t, k, c.Today), Eras(t, k, c) })
        {
            if (candidate is not null && (best is null || candidate.Last > best.Last))
            {
                best = candidate;
            }
        }

        return best;
    }

    public static DtMatch ToMatch(PeriodParse p) => p.Candidates.Count == 0
        ? new(p.First, p.Last, "daterange", [DtValues.Point(p.Timex, "daterange", "not resolved")])
        : new(p.First, p.Last, "daterange", p.Candidates
            .Select(s => (IReadOnlyDictionary<string, object?>)DtValues.Range(p.Timex, "daterange", DtValues.Date(s.Start), DtValues.Date(s.End), p.Mod))
            .ToList());

    /// <summary>"jaren 1990", "15e eeuw", and seasons ("zomer"), which stay unresolved as in Recognizers-Text.</summary>
    private static PeriodParse? Eras(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var de = Word(t, k, "de") ? 1 : 0;
        if (Word(t, k + de, "jaren") && Digits(t, k + de + 1, 4) is { } decade && decade % 10 == 0 && decade >= 1000)
        {
            var s = new DateOnly(decade, 1, 1);
            return new PeriodParse($"({DtValues.Date(s)},{DtValues.Date(s.AddYears(10))},P10Y)", [(s, s.AddYears(10))], k, k + de + 1);
        }

        // "het derde kwartaal (van 2016)", "het eerste kwartaal van volgend jaar"
        var het = Word(t, k, "het") ? 1 : 0;
        if (k + het < t.Count && t[k + het].Ordinal is >= 1 and <= 4 && Word(t, k + het + 1, "kwartaal"))
        {
            var quarter = (int)t[k + het].Ordinal;
            var last = k + het + 1;
            var year = c.Today.Year;
            if (Word(t, last + 1, "van") && WrittenDateParser.Year(t, last + 2) is { } y)
            {
                (year, last) = (y.Year, y.Last);
            }
            else if (Word(t, last + 1, "van") && RelativePeriodParser.Parse(t, last + 2, c.Today) is { Timex.Length: 4 } rel)
            {
                (year, last) = (rel.Candidates[0].Start.Year, rel.Last);
            }

            var s = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
            return new PeriodParse($"({DtValues.Date(s)},{DtValues.Date(s.AddMonths(3))},P3M)", [(s, s.AddMonths(3))], k, last);
        }

        if (Digits(t, k, 2) is { } century and >= 1 and <= 21 && Adjacent(t, k, k + 1) && AnyWord(t, k + 1, "e", "ste", "de") && Word(t, k + 2, "eeuw"))
        {
            var s = new DateOnly(Math.Max(1, (century - 1) * 100), 1, 1);
            return new PeriodParse($"({DtValues.Date(s)},{DtValues.Date(s.AddYears(100))},P100Y)", [(s, s.AddYears(100))], k, k + 2);
        }

        var modifier = AnyWord(t, k, "deze", "de", "volgende", "vorige", "afgelopen", "komende") ? t[k].Text : null;
        var at = modifier is null ? k : k + 1;
        var season = at < t.Count ? t[at].Text switch
        {
            "lente" or "voorjaar" => "SP",
            "zomer" => "SU",
            "herfst" or "najaar" => "FA",
            "winter" => "WI",
            _ => null,
        } : null;
        if (season is null)
        {
            return null;
        }

        var seasonYear = modifier switch { "deze" => c.Today.Year, "volgende" or "komende" => c.Today.Year + 1, "vorige" or "afgelopen" => c.Today.Year - 1, _ => 0 };
        return new PeriodParse(seasonYear == 0 ? season : $"{seasonYear:D4}-{season}", [], k, at);
    }

    /// <summary>"begin januari", "half november", "het eind van 2000", "eind van de week", "later deze maand".</summary>
    private static PeriodParse? Part(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var first = k;
        if (Word(t, k, "aan") && Word(t, k + 1, "het"))
        {
            first = ++k;
        }

        if (Word(t, k, "het"))
        {
            k++;
        }

        if (k >= t.Count || PeriodPart.ModOf(t[k].Text) is not { } mod)
        {
            return null;
        }

        var j = k + 1;
        if (Word(t, j, "van") || Word(t, j, "in"))
        {
            j++;
        }

        if (Word(t, j, "de") && Word(t, j + 1, "week"))
        {
            var week = RelativePeriodParser.Parse(t, j, c.Today) ?? RelativePeriodParser.Parse([new NumToken(NumTokenKind.Word, "deze", 0, 0, 0, false), t[j + 1]], 0, c.Today);
            return week is null ? null : Apply(week with { Last = j + 1 }, mod, first, t[k].Text, c.Today);
        }

        if (Word(t, j, "het") && Word(t, j + 1, "jaar"))
        {
            return Apply(PeriodParser.OfYear(c.Today.Year, j, j + 1), mod, first, t[k].Text, c.Today);
        }

        var inner = PeriodParser.Month(t, j, c.Today, allowShort: true) ?? PeriodParser.Parse(t, j, c.Today);
        return inner is null || inner.First != j ? null : Apply(inner, mod, first, t[k].Text, c.Today);
    }

    private static PeriodParse Apply(PeriodParse inner, string mod, int first, string word, DateOnly today)
    {
        if (word == "later")
        {
            var (s, e) = inner.Candidates[0];
            var days = e.DayNumber - s.DayNumber;
            var later = days <= 7 ? (s.AddDays(3), e) : days <= 31 ? (today > s && today < e ? today : s, e) : (s.AddMonths(6), e);
            return inner with { First = first, Candidates = [later] };
        }

        var candidates = inner.Candidates.Select(s => PeriodPart.Of(s, mod, inner.Timex)).ToList();
        return inner with { Candidates = candidates, First = first, Mod = mod };
    }

    /// <summary>"komende drie dagen", "binnen 9 maanden", "binnen de komende 10 maanden", "5 aankomende jaren".</summary>
    private static PeriodParse? Window(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var first = k;
        var within = Word(t, k, "binnen");
        if (within)
        {
            k++;
            if (Word(t, k, "de"))
            {
                k++;
            }
        }

        var upcoming = AnyWord(t, k, "komende", "aankomende", "volgende");
        var past = AnyWord(t, k, "afgelopen", "laatste", "vorige");
        DurationParse? d;
        if (upcoming || past)
        {
            d = DurationParser.Parse(t, k + 1);
        }
        else
        {
            d = Count(t, k) is { } n && AnyWord(t, n.Last + 1, "aankomende", "komende") && n.Last + 2 < t.Count
                && DateTimeWords.Units.TryGetValue(t[n.Last + 2].Text, out var u) ? new DurationParse(n.Value, u, k, n.Last + 2) : null;
            upcoming = d is not null;
            if (d is null && within)
            {
                d = DurationParser.Parse(t, k);
            }
        }

        if (d is null || d.Unit.IsTime || d.Amount != Math.Floor(d.Amount) || (!within && !upcoming && !past))
        {
            return null;
        }

        var amount = (int)d.Amount;
        var start = within ? c.Today : past ? DateMath.Add(c.Today, d.Unit.Letter, -amount) : c.Today.AddDays(1);
        var end = past ? c.Today : DateMath.Add(start, d.Unit.Letter, amount);
        var timex = $"({DtValues.Date(start)},{DtValues.Date(end)},P{amount}{d.Unit.Letter})";
        return new PeriodParse(timex, [(start, end)], upcoming && !within ? k : first, d.Last);
    }
}
