using System.Collections.Frozen;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Words that can start a date/time expression. Most tokens in a message ("ik", "werd", "geslagen") cannot,
/// and skipping them up front keeps recognition fast.
/// </summary>
internal static class DtTriggers
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "aan", "aankomende", "aanstaande", "afgelopen", "begin", "binnen", "black", "dat", "de", "deze", "dezelfde", "die",
        "dit", "eenmaal", "eerste", "eind", "einde", "eindje", "elk", "elke", "goede", "half", "halverwege", "het",
        "hetzelfde", "huidige", "ieder", "iedere", "in", "jaar", "jaren", "komende", "kwart", "laatste", "langer", "later",
        "meer", "midden", "minder", "korter", "na", "niet", "om", "op", "over", "rond", "rondom", "omstreeks", "sinds",
        "start", "tegen", "tijdens", "bij", "tussen", "uiterlijk", "van", "vanaf", "verleden", "voorbije", "volgend",
        "volgende", "voor", "voorgaande", "vorig", "vorige", "eropvolgende", "vroeg", "s", "paar", "enige", "enkele",
        "een", "dag", "tweede", "lunch", "lunchtijd", "middageten", "avondeten", "diner", "etenstijd", "ontbijt", "lente",
        "voorjaar", "zomer", "herfst", "najaar", "winter", "nu", "paasdag", "pinksterdag", "kerstdag", "middernacht",
    }.ToFrozenSet();

    private static readonly string[] Prefixes =
    [
        "gister", "eergister", "morgen", "overmorgen", "vandaag", "van", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag",
    ];

    private static readonly string[] Suffixes = ["lijks", "lijkse"];

    public static bool CanStart(NumToken token)
    {
        if (token.Kind == NumTokenKind.Digits)
        {
            return true;
        }

        if (token.Kind == NumTokenKind.Symbol)
        {
            return token.Text is "'" or "‘" or "’" or "`" or "ʼ" or "=";
        }

        var w = token.Text;
        if (token.Cardinal >= 0 || token.Ordinal >= 0 || Words.Contains(w) || DateTimeWords.Months.ContainsKey(w)
            || DateTimeWords.Weekdays.ContainsKey(w) || DateTimeWords.RelativeDays.ContainsKey(w) || DateTimeWords.DayParts.ContainsKey(w)
            || DateTimeWords.VagueCounts.ContainsKey(w) || HolidayTable.Days.ContainsKey(w) || HolidayTable.SchoolHolidays.ContainsKey(w))
        {
            return true;
        }

        foreach (var p in Prefixes)
        {
            if (w.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var s in Suffixes)
        {
            if (w.EndsWith(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return w.EndsWith("half", StringComparison.Ordinal) || w.EndsWith("halve", StringComparison.Ordinal) || w.EndsWith("kwart", StringComparison.Ordinal);
    }
}
