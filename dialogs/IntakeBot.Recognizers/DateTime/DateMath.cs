using System.Globalization;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Calendar arithmetic used by the parsers.</summary>
internal static class DateMath
{
    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>A date, with the day clamped into the month (never throws).</summary>
    public static DateOnly SafeDate(int year, int month, int day)
    {
        year = Math.Clamp(year, 1, 9998);
        month = Math.Clamp(month, 1, 12);
        return new DateOnly(year, month, Math.Clamp(day, 1, System.DateTime.DaysInMonth(year, month)));
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month);

    public static string IsoWeek(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}");

    public static DateOnly Add(DateOnly d, string letter, int amount) => letter switch
    {
        "D" => d.AddDays(amount),
        "W" => d.AddDays(7 * amount),
        "M" => d.AddMonths(amount),
        "Y" => d.AddYears(amount),
        _ => d,
    };

    /// <summary>Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
