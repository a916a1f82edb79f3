using System.Collections.Frozen;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Dutch date and time vocabulary.</summary>
internal static class DateTimeWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["januari"] = 1,
        ["jan"] = 1,
        ["februari"] = 2,
        ["feb"] = 2,
        ["febr"] = 2,
        ["maart"] = 3,
        ["mrt"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["mei"] = 5,
        ["juni"] = 6,
        ["jun"] = 6,
        ["juli"] = 7,
        ["jul"] = 7,
        ["augustus"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oktober"] = 10,
        ["okt"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    }.ToFrozenDictionary();

    /// <summary>ISO day numbers: maandag = 1 … zondag = 7.</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>
    {
        ["maandag"] = 1,
        ["dinsdag"] = 2,
        ["woensdag"] = 3,
        ["donderdag"] = 4,
        ["vrijdag"] = 5,
        ["zaterdag"] = 6,
        ["zondag"] = 7,
        ["maandagochtend"] = 1,
        ["zondagavond"] = 7,
    }.ToFrozenDictionary();

    /// <summary>Days relative to the reference date.</summary>
    public static readonly FrozenDictionary<string, int> RelativeDays = new Dictionary<string, int>
    {
        ["vandaag"] = 0,
        ["vandaa"] = 0,
        ["morgen"] = 1,
        ["overmorgen"] = 2,
        ["gisteren"] = -1,
        ["gister"] = -1,
        ["eergisteren"] = -2,
        ["eergister"] = -2,
    }.ToFrozenDictionary();

    /// <summary>Counts people write instead of numbers ("paar uur", "enige weken").</summary>
    public static readonly FrozenDictionary<string, double> VagueCounts = new Dictionary<string, double>
    {
        ["paar"] = 2,
        ["enige"] = 3,
        ["enkele"] = 3,
        ["anderhalf"] = 1.5,
        ["anderhalve"] = 1.5,
    }.ToFrozenDictionary();

    /// <summary>Day parts: timex code, start hour, end (hour, minute, second).</summary>
    public static readonly FrozenDictionary<string, DayPart> DayParts = new Dictionary<string, DayPart>
    {
        ["ochtend"] = DayPart.Morning,
        ["ochtends"] = DayPart.Morning,
        ["morgens"] = DayPart.Morning,
        ["middag"] = DayPart.Afternoon,
        ["middags"] = DayPart.Afternoon,
        ["avond"] = DayPart.Evening,
        ["avonds"] = DayPart.Evening,
        ["nacht"] = DayPart.Night,
        ["nachts"] = DayPart.Night,
    }.ToFrozenDictionary();

    /// <summary>Duration units: timex letter, whether it is a time unit (PT), and seconds per unit.</summary>
    public static readonly FrozenDictionary<string, DurationUnit> Units = new Dictionary<string, DurationUnit>
    {
        ["seconde"] = new("S", true, 1),
        ["seconden"] = new("S", true, 1),
        ["sec"] = new("S", true, 1),
        ["minuut"] = new("M", true, 60),
        ["minuten"] = new("M", true, 60),
        ["min"] = new("M", true, 60),
        ["uur"] = new("H", true, 3600),
        ["uren"] = new("H", true, 3600),
        ["uurtje"] = new("H", true, 3600),
        ["dag"] = new("D", false, 86400),
        ["dagen"] = new("D", false, 86400),
        ["dagje"] = new("D", false, 86400),
        ["nacht"] = new("D", false, 86400),
        ["nachten"] = new("D", false, 86400),
        ["week"] = new("W", false, 604800),
        ["weken"] = new("W", false, 604800),
        ["weekje"] = new("W", false, 604800),
        ["maand"] = new("M", false, 2592000),
        ["maanden"] = new("M", false, 2592000),
        ["jaar"] = new("Y", false, 31536000),
        ["jr"] = new("Y", false, 31536000),
        ["dgn"] = new("D", false, 86400),
        ["halfuur"] = new("H", true, 1800),
        ["kwartier"] = new("M", true, 900),
        ["jaren"] = new("Y", false, 31536000),
        ["jaartje"] = new("Y", false, 31536000),
    }.ToFrozenDictionary();
}
