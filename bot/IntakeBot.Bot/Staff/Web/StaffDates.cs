using System.Globalization;
using IntakeBot.Casework.Register;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>Dates as staff see them: the calendar of Europe/Amsterdam, written dd-MM-yyyy (HH:mm).</summary>
internal static class StaffDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static DateOnly Today(TimeProvider time) => CaseRules.DayOf(time.GetUtcNow());

    public static string Day(DateOnly day) => day.ToString("dd-MM-yyyy", Dutch);

    public static string Moment(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, CaseRules.TimeZone).ToString("dd-MM-yyyy HH:mm", Dutch);

    /// <summary>yyyy-MM-dd only; anything else (including injection attempts) is no date.</summary>
    public static DateOnly? Parse(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
