using IntakeBot.Bot.Privacy;

namespace IntakeBot.Bot.Pages.Staff.Reports;

/// <summary>The years a report can be asked for: this year (in Amsterdam) and the five before it.</summary>
internal static class ReportYears
{
    public const int Span = 6;

    public static int Current(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), StaffTime.Amsterdam).Year;

    public static IReadOnlyList<int> All(TimeProvider time) => [.. Enumerable.Range(Current(time) - Span + 1, Span).Reverse()];
}
