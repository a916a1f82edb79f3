using System.Globalization;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// A date as written: fully known ("3 maart 2019", "gisteren"), or missing its year ("3 maart"), month ("de 5e")
/// or everything but the weekday ("dinsdag"). Incomplete dates resolve to two candidates, past and future.
/// </summary>
internal sealed record DateSpec(DateOnly Date, int Month, int Day, int Weekday, int ForcedYear = 0, string? InvalidTimex = null)
{
    public static DateSpec Concrete(DateOnly date) => new(date, 0, 0, 0);

    public static DateSpec MonthDay(int month, int day) => new(default, month, day, 0);

    public static DateSpec DayOfMonth(int day) => new(default, 0, day, 0);

    public static DateSpec OnWeekday(int weekday) => new(default, 0, 0, weekday);

    public bool IsConcrete => Month == 0 && Day == 0 && Weekday == 0;

    public string Timex => InvalidTimex ?? (IsConcrete ? Format(Date)
        : Weekday != 0 ? $"XXXX-WXX-{Weekday}"
        : Month != 0 ? $"XXXX-{Month:D2}-{Day:D2}"
        : $"XXXX-XX-{Day:D2}");

    /// <summary>The candidates: one for a full date, else past then future.</summary>
    public IReadOnlyList<DateOnly> Candidates(DateOnly reference)
    {
        if (IsConcrete)
        {
            return [Date];
        }

        if (Weekday != 0)
        {
            var thisWeek = DateMath.WeekStart(reference).AddDays(Weekday - 1);
            return thisWeek >= reference ? [thisWeek.AddDays(-7), thisWeek] : [thisWeek, thisWeek.AddDays(7)];
        }

        if (Month != 0 && ForcedYear != 0)
        {
            return [DateMath.SafeDate(ForcedYear, Month, Day)];
        }

        if (Month != 0)
        {
            var past = DateMath.SafeDate(reference.Year, Month, Day);
            var future = past;
            if (past > reference)
            {
                past = DateMath.SafeDate(reference.Year - 1, Month, Day);
            }

            if (future < reference)
            {
                future = DateMath.SafeDate(reference.Year + 1, Month, Day);
            }

            return [past, future];
        }

        var thisMonth = DateMath.SafeDate(reference.Year, reference.Month, Day);
        var previous = reference.AddMonths(-1);
        var next = reference.AddMonths(1);
        return thisMonth >= reference
            ? [DateMath.SafeDate(previous.Year, previous.Month, Day), thisMonth]
            : [thisMonth, DateMath.SafeDate(next.Year, next.Month, Day)];
    }

    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
