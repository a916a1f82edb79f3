using System.Collections.Frozen;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Dutch (and a few international) holidays: fixed month/day, or days after Easter (marked by month 0).</summary>
internal static class HolidayTable
{
    public static readonly FrozenDictionary<string, (int Month, int Day)> Days = new Dictionary<string, (int, int)>
    {
        ["kerst"] = (12, 25),
        ["kerstmis"] = (12, 25),
        ["kerstdag"] = (12, 25),
        ["kerstavond"] = (12, 24),
        ["oudjaar"] = (12, 31),
        ["oudejaarsavond"] = (12, 31),
        ["oudejaarsdag"] = (12, 31),
        ["nieuwjaar"] = (1, 1),
        ["nieuwjaarsdag"] = (1, 1),
        ["koningsdag"] = (4, 27),
        ["bevrijdingsdag"] = (5, 5),
        ["sinterklaas"] = (12, 5),
        ["pakjesavond"] = (12, 5),
        ["valentijnsdag"] = (2, 14),
        ["halloween"] = (10, 31),
        ["onafhankelijkheidsdag"] = (7, 4),
        ["onafhankelijksdag"] = (7, 4),
        ["pasen"] = (0, 0),
        ["paaszondag"] = (0, 0),
        ["paasmaandag"] = (0, 1),
        ["hemelvaart"] = (0, 39),
        ["hemelvaartsdag"] = (0, 39),
        ["pinksteren"] = (0, 49),
        ["pinkstermaandag"] = (0, 50),
        ["goede vrijdag"] = (0, -2),
    }.ToFrozenDictionary();

    /// <summary>School holidays as (ISO week of the first Monday, number of weeks); the middle region's usual dates.</summary>
    public static readonly FrozenDictionary<string, (int Week, int Weeks)> SchoolHolidays = new Dictionary<string, (int, int)>
    {
        ["herfstvakantie"] = (43, 1),
        ["kerstvakantie"] = (52, 2),
        ["voorjaarsvakantie"] = (8, 1),
        ["krokusvakantie"] = (8, 1),
        ["meivakantie"] = (17, 2),
        ["zomervakantie"] = (29, 6),
    }.ToFrozenDictionary();

    public static DateOnly Resolve(string name, int year)
    {
        var (month, day) = Days[name];
        return month == 0 ? DateMath.Easter(year).AddDays(day) : DateMath.SafeDate(year, month, day);
    }
}
