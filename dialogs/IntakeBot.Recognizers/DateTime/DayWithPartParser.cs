using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// A day with a part of it: "vanavond", "morgenavond", "gisterenmiddag", "gisteravond", "deze middag",
/// "middag vandaag", "afgelopen nacht", "volgende avond", "morgen 's avonds".
/// </summary>
internal static class DayWithPartParser
{
    private static readonly (string Prefix, int Offset)[] DayPrefixes =
    [
        ("eergisteren", -2), ("eergister", -2), ("gisteren", -1), ("gister", -1), ("overmorgen", 2), ("morgen", 1),
        ("vandaag", 0), ("van", 0),
    ];

    public static (DateSpec Date, DayPart Part, int First, int Last)? Parse(IReadOnlyList<NumToken> t, int k, DateOnly today, System.DateTime now)
    {
        if (k < 0 || k >= t.Count || t[k].Kind != NumTokenKind.Word)
        {
            return null;
        }

        var word = t[k].Text;
        if (word is "vannacht" or "vanochtend" or "vanmorgen" or "vanmiddag" or "vanavond" or "gisteravond" or "gisternacht")
        {
            word = word.Replace("gisteravond", "gisterenavond", StringComparison.Ordinal).Replace("gisternacht", "gisterennacht", StringComparison.Ordinal);
        }

        // Said in the morning, "vannacht" is the night that just ended: an intake asks about the past.
        if (word == "vannacht" && now.Hour < 12)
        {
            return (DateSpec.Concrete(today.AddDays(-1)), DayPart.Night, k, k);
        }

        foreach (var (prefix, offset) in DayPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && Part(word[prefix.Length..]) is { } compound)
            {
                return (DateSpec.Concrete(today.AddDays(offset)), compound, k, k);
            }
        }

        if (word is "volgende" or "vorige" or "afgelopen" or "aanstaande" or "komende" or "deze" && k + 1 < t.Count && WeekdayWithPart(t[k + 1].Text) is { } shifted)
        {
            return (DateSpec.Concrete(WeekdayParser.Shift(today, word, shifted.Day)), shifted.Part, k, k + 1);
        }

        if (WeekdayWithPart(word) is { } weekdayPart)
        {
            return (DateSpec.OnWeekday(weekdayPart.Day), weekdayPart.Part, k, k);
        }

        // "deze middag", "afgelopen nacht", "volgende avond", "komende avond"
        if (word is "deze" or "afgelopen" or "vorige" or "volgende" or "komende" && k + 1 < t.Count && Part(t[k + 1].Text) is { } part)
        {
            var offset = word switch { "afgelopen" or "vorige" => -1, "volgende" or "komende" => 1, _ => 0 };
            return (DateSpec.Concrete(today.AddDays(offset)), part, k, k + 1);
        }

        // "middag vandaag", "ochtend morgen"
        if (Part(word) is { } leading && k + 1 < t.Count && DateTimeWords.RelativeDays.TryGetValue(t[k + 1].Text, out var days))
        {
            return (DateSpec.Concrete(today.AddDays(days)), leading, k, k + 1);
        }

        // "morgen 's avonds", "maandag in de ochtend", "morgen avond"
        if (DateParser.Parse(t, k, today) is { } date)
        {
            var early = Tokens.AnyWord(t, date.Last + 1, "vroeg", "laat") ? 1 : 0;
            if (Tokens.AnyWord(t, date.Last + 1 + early, "in") && Tokens.Word(t, date.Last + 2 + early, "de") && Tokens.Word(t, date.Last + 3 + early, "morgen"))
            {
                return (date.Spec, DayPart.Morning, date.First, date.Last + 3 + early);
            }

            if (DayPartParser.Parse(t, date.Last + 1 + early) is { } dayPart)
            {
                return (date.Spec, dayPart.Part, date.First, dayPart.Last);
            }

            if (date.Last + 1 < t.Count && Part(t[date.Last + 1].Text) is { } bare && t[date.Last + 1].Text is "ochtend" or "middag" or "avond" or "nacht")
            {
                return (date.Spec, bare, date.First, date.Last + 1);
            }
        }

        return null;
    }

    private static (int Day, DayPart Part)? WeekdayWithPart(string word)
    {
        foreach (var (name, day) in DateTimeWords.Weekdays)
        {
            if (word.Length > name.Length && word.StartsWith(name, StringComparison.Ordinal) && Part(word[name.Length..]) is { } part)
            {
                return (day, part);
            }
        }

        return null;
    }

    private static DayPart? Part(string word) => word switch
    {
        "ochtend" or "morgen" => DayPart.Morning,
        "middag" => DayPart.Afternoon,
        "avond" => DayPart.Evening,
        "nacht" => DayPart.Night,
        _ => null,
    };
}
