using System.Globalization;
using IntakeBot.Casework.Register;

namespace IntakeBot.Bot.Privacy;

/// <summary>Staff pages show and filter times in Dutch local time, whatever zone the server runs in.</summary>
internal static class StaffTime
{
    public static TimeZoneInfo Amsterdam => CaseRules.TimeZone;

    /// <summary>"2026-11-22 10:00" in Amsterdam time.</summary>
    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Amsterdam).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The start of a calendar day in Amsterdam.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    /// <summary>A yyyy-MM-dd date, or null when empty; false when present but not a date.</summary>
    public static bool TryParseDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Length <= 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
