using System.Globalization;
using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>A date, a time or a duration on its own.</summary>
internal static class SimpleRules
{
    public static DtMatch? Date(IReadOnlyList<NumToken> t, int k, DtContext c) =>
        DateParser.Parse(t, k, c) is { } d ? DtValues.DateMatch(d, c.Today) : null;

    public static DtMatch? Time(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        _ = c;
        if (TimeParser.Parse(t, k) is not { } time)
        {
            return null;
        }

        // "10 uur" after a duration word is a duration: "voor 2 uur", "gedurende 1 uur".
        return LooksLikeDuration(t, time) ? null : DtValues.TimeMatch(time);
    }

    public static DtMatch? Duration(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        _ = c;
        var first = k;
        string? mod = null;
        if (AnyWord(t, k, "meer", "langer", "minder", "korter") && Word(t, k + 1, "dan"))
        {
            mod = t[k].Text is "meer" or "langer" ? "more" : "less";
            k += 2;
        }

        var parts = DurationParser.ParseCompound(t, k);
        if (parts.Count == 0)
        {
            return null;
        }

        var d = parts[0];
        var last = Word(t, parts[^1].Last + 1, "lang") ? parts[^1].Last + 1 : parts[^1].Last;
        var ordered = parts.OrderBy(p => (p.Unit.IsTime ? "HMS" : "YMWD").IndexOf(p.Unit.Letter, StringComparison.Ordinal)).ToList();

        var seconds = parts.Sum(p => p.Amount * p.Unit.Seconds);
        var timex = (d.Unit.IsTime ? "PT" : "P") + string.Concat(ordered.Select(p => p.Amount.ToString(CultureInfo.InvariantCulture) + p.Unit.Letter));
        var value = new Dictionary<string, object?> { ["timex"] = timex };
        if (mod is not null)
        {
            value["Mod"] = mod;
        }

        value["type"] = "duration";
        value["value"] = seconds.ToString(CultureInfo.InvariantCulture);
        return new DtMatch(first, last, "duration", [value]);
    }

    private static bool LooksLikeDuration(IReadOnlyList<NumToken> t, TimeParse time) =>
        time.Spec.Precision == 1 && Word(t, time.Last, "uur") && time.First == time.Last - 1
        && (AnyWord(t, time.First - 1, "voor", "gedurende", "binnen", "ruim", "bijna", "al", "vastleggen", "leg", "nog")
            || time.Spec.Hour is 1 or 13 or > 13 || (time.Spec.Hour == 0 && t[time.First].Text != "12"));
}
