using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Recurring times: "elke dag", "elke maandag om 16.00", "elke drie weken", "elk weekend", "halfjaarlijkse".</summary>
internal static class SetRules
{
    private static readonly Dictionary<string, string> Adjectives = new()
    {
        ["dagelijks"] = "P1D",
        ["wekelijks"] = "P1W",
        ["maandelijks"] = "P1M",
        ["jaarlijks"] = "P1Y",
        ["halfjaarlijks"] = "P0.5Y",
        ["driemaandelijks"] = "P3M",
        ["tweewekelijks"] = "P2W",
    };

    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        _ = c;
        if (k >= t.Count || t[k].Kind != NumTokenKind.Word)
        {
            return null;
        }

        var word = t[k].Text;
        var stem = word.EndsWith('e') ? word[..^1] : word;
        if (Adjectives.TryGetValue(stem, out var adjective))
        {
            return Set(k, k, adjective);
        }

        if (Word(t, k, "eenmaal") && Word(t, k + 1, "per") && DurationParser.Parse(t, k + 1) is null && k + 2 < t.Count
            && DateTimeWords.Units.TryGetValue(t[k + 2].Text, out var perUnit))
        {
            return Set(k, k + 2, (perUnit.IsTime ? "PT1" : "P1") + perUnit.Letter);
        }

        var everyWeek = Word(t, k, "om") && Word(t, k + 1, "de") && Word(t, k + 2, "week");
        if (!AnyWord(t, k, "elke", "elk", "iedere", "ieder") && !everyWeek)
        {
            return null;
        }

        var j = everyWeek ? k + 3 : k + 1;
        if (WeekdayParser.Weekday(t, j) is { } day)
        {
            if (TimeParser.Parse(t, Word(t, j + 1, "om") ? j + 2 : j + 1, allowBare: Word(t, j + 1, "om")) is { } time && !everyWeek)
            {
                return Set(k, time.Last, $"XXXX-WXX-{day}" + time.Spec.Timex);
            }

            return Set(k, j, $"XXXX-WXX-{day}");
        }

        if (everyWeek)
        {
            return null;
        }

        if (j < t.Count && t[j].Text is "ochtend" or "middag" or "avond" or "nacht" or "morgen")
        {
            var part = t[j].Text switch { "ochtend" or "morgen" => DayPart.Morning, "middag" => DayPart.Afternoon, "avond" => DayPart.Evening, _ => DayPart.Night };
            if (Word(t, j + 1, "om") && TimeParser.Core(t, j + 2, true) is { } at)
            {
                var atLast = Word(t, at.Last + 1, "uur") ? at.Last + 1 : at.Last;
                return Set(k, atLast, at.Spec.WithDayPart(part).Timex);
            }

            return Set(k, j, "T" + part.Code);
        }

        if (Word(t, j, "dag") && (Word(t, j + 1, "om") ? TimeParser.Parse(t, j + 2, allowBare: true) : TimeParser.Parse(t, j + 1)) is { } daily)
        {
            return Set(k, daily.Last, daily.Spec.Timex);
        }

        if (Word(t, j, "weekend"))
        {
            return Set(k, j, "XXXX-WXX-WE");
        }

        if (Word(t, j, "weekdag") || Word(t, j, "werkdag"))
        {
            return Set(k, j, "P1D");
        }

        if (j < t.Count && DateTimeWords.Units.TryGetValue(t[j].Text, out var unit))
        {
            return Set(k, j, (unit.IsTime ? "PT1" : "P1") + unit.Letter);
        }

        if (Count(t, j) is { } n && n.Last + 1 < t.Count)
        {
            var u = t[n.Last + 1].Text;
            if (u == "weekenden")
            {
                return Set(k, n.Last + 1, $"P{n.Value}WE");
            }

            if (DateTimeWords.Units.TryGetValue(u, out var counted))
            {
                return Set(k, n.Last + 1, (counted.IsTime ? "PT" : "P") + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + counted.Letter);
            }
        }

        return null;
    }

    private static DtMatch Set(int first, int last, string timex) =>
        new(first, last, "set", [DtValues.Point(timex, "set", "not resolved")]);
}
