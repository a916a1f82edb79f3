using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Open ranges: "sinds augustus", "na 2010", "voor 16:00", "later dan 2018", "1-1-2016 en daarna", "om 15.00 of later",
/// "vandaag voor 16:00", "rond kerst" (approx).
/// </summary>
internal static class ModRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        if (Prefix(t, k) is { } prefix)
        {
            var j = k + prefix.Length;
            if (prefix.Mod == "before" && prefix.Length == 1 && (AnyWord(t, j, "het", "tussen") || (Word(t, j, "de") && !AnyWord(t, j + 1, "lunch"))))
            {
                return null;
            }

            if (prefix.Mod is "more" or "less")
            {
                return OffsetMod(t, k, j, prefix.Mod, c);
            }

            if (DtRules.Best(t, j, c, skipMods: true) is { } inner && inner.First == j)
            {
                return ModMatcher.Apply(inner, prefix.Mod, k, inner.Last);
            }

            return null;
        }

        return Suffix(t, k, c) ?? DateThenTime(t, k, c);
    }

    private static (string Mod, int Length)? Prefix(IReadOnlyList<NumToken> t, int k)
    {
        if (k >= t.Count || t[k].Kind != NumTokenKind.Word)
        {
            return null;
        }

        return t[k].Text switch
        {
            "sinds" => ("since", 1),
            "na" => ("after", 1),
            "later" when Word(t, k + 1, "dan") => ("after", 2),
            "niet" when Word(t, k + 1, "later") && Word(t, k + 2, "dan") => ("before", 3),
            "voor" or "uiterlijk" => ("before", 1),
            "tegen" when !Word(t, k + 1, "het") => ("before", 1),
            "rond" or "rondom" or "omstreeks" => ("approx", 1),
            "meer" or "langer" when Word(t, k + 1, "dan") => ("more", 2),
            "minder" when Word(t, k + 1, "dan") => ("less", 2),
            _ => null,
        };
    }

    private static DtMatch? Suffix(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        if (DtRules.Best(t, k, c, skipMods: true) is not { } inner)
        {
            return null;
        }

        var j = inner.Last + 1;
        if (Word(t, j, "en") && Word(t, j + 1, "daarna"))
        {
            return ModMatcher.Apply(inner, "since", inner.First, j + 1);
        }

        if (Word(t, j, "of") && Word(t, j + 1, "later") && inner.Type is "time" or "datetime")
        {
            return ModMatcher.Apply(inner, "since", inner.First, j + 1);
        }

        return null;
    }

    /// <summary>"vandaag voor 16:00", "1 feb niet later dan 6:00", "dinsdag na 13:00", "vorige week dinsdag tegen 2 uur 's middags".</summary>
    private static DtMatch? DateThenTime(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        if (DateParser.Parse(t, k, c) is not { } date)
        {
            return null;
        }

        if (Prefix(t, date.Last + 1) is not { Mod: "before" or "after" or "since" } prefix)
        {
            return null;
        }

        var j = date.Last + 1 + prefix.Length;
        if (TimeParser.Parse(t, j, allowBare: true) is not { } time || time.First != j || (time.Spec.Precision == 1 && time.Part is null && !Word(t, time.Last, "uur")))
        {
            return null;
        }

        var point = DtValues.DateTimeMatch(date.First, time.Last, date.Spec, time.Spec, c.Today);
        return ModMatcher.Apply(point, prefix.Mod, date.First, time.Last);
    }

    /// <summary>"meer dan 2 dagen voor gisteren" (before), "meer dan 2 weken na vandaag" (after).</summary>
    private static DtMatch? OffsetMod(IReadOnlyList<NumToken> t, int k, int j, string mod, DtContext c)
    {
        if (OffsetDateParser.Parse(t, j, c.Today) is not { Spec.IsConcrete: true } offset || mod != "more")
        {
            return null;
        }

        var before = Enumerable.Range(j, offset.Last - j + 1).Any(i => AnyWord(t, i, "voor", "geleden"));
        var point = DtValues.DateMatch(offset, c.Today);
        return ModMatcher.Apply(point, before ? "before" : "after", k, offset.Last) is { } m
            ? m with { Values = m.Values.Select(v => (IReadOnlyDictionary<string, object?>)v.Where(p => p.Key != "sourceEntity").ToDictionary()).ToList() }
            : null;
    }
}
