using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Content.Calendar;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Lustrum = new(new CalendarSettings(BevrijdingsdagRule.Lustrum));

    public static TheoryData<int, string[]> HolidaysByYear => new()
    {
        { 2025, ["2025-01-01", "2025-04-18", "2025-04-20", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26"] },
        { 2028, ["2028-01-01", "2028-04-14", "2028-04-16", "2028-04-17", "2028-04-27", "2028-05-25", "2028-06-04", "2028-06-05", "2028-12-25", "2028-12-26"] },
    };

    [Theory]
    [MemberData(nameof(HolidaysByYear))]
    public void Holidays_2025_to_2028_match_the_official_dates(int year, string[] expected)
    {
        Assert.Equal(expected.Select(DateOnly.Parse), Lustrum.Holidays(year).Select(h => h.Date));
    }

    [Fact]
    public void Holidays_OfAYear_AreOneSharedListThatNoCallerCanChange()
    {
        var calendar = new WorkingDayCalendar(new CalendarSettings(BevrijdingsdagRule.Lustrum));
        var first = calendar.Holidays(2027);

        Assert.Same(first, calendar.Holidays(2027));
        Assert.Throws<NotSupportedException>(() => ((ICollection<PublicHoliday>)first).Add(new PublicHoliday(new DateOnly(2027, 7, 1), "Geen feestdag")));
        Assert.False(calendar.IsPublicHoliday(new DateOnly(2027, 7, 1)));
    }

    [Theory]
    [InlineData(2025, "2025-04-26")] // 27 April 2025 is a Sunday: Koningsdag on Saturday.
    [InlineData(2031, "2031-04-26")]
    [InlineData(2026, "2026-04-27")]
    public void Koningsdag_moves_to_Saturday_when_27_April_is_a_Sunday(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Lustrum.Holidays(year).Single(h => h.Name == "Koningsdag").Date);
    }

    [Theory]
    [InlineData("2025-12-24", 1, "2025-12-29")] // Christmas, then the weekend
    [InlineData("2025-04-17", 1, "2025-04-22")] // Goede Vrijdag, weekend, Tweede Paasdag
    [InlineData("2025-05-02", 1, "2025-05-06")] // Bevrijdingsdag 2025 is a lustrum year
    [InlineData("2026-05-04", 1, "2026-05-05")] // 2026 is not: 5 May is a working day
    [InlineData("2026-04-24", 1, "2026-04-28")] // Koningsdag on Monday
    [InlineData("2027-05-05", 1, "2027-05-07")] // Hemelvaartsdag
    [InlineData("2028-06-02", 1, "2028-06-06")] // Tweede Pinksterdag
    [InlineData("2027-12-31", 1, "2028-01-03")] // year boundary, Nieuwjaarsdag on Saturday
    [InlineData("2025-12-30", 5, "2026-01-07")] // Nieuwjaarsdag inside the count
    [InlineData("2026-03-30", 5, "2026-04-08")] // Goede Vrijdag and Tweede Paasdag 2026
    [InlineData("2028-04-24", 5, "2028-05-02")] // Koningsdag on Thursday
    [InlineData("2025-11-21", 0, "2025-11-21")]
    public void Working_days_skip_weekends_and_holidays(string start, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Lustrum.AddWorkingDays(DateOnly.Parse(start), days));
    }

    [Fact]
    public void Bevrijdingsdag_follows_the_setting()
    {
        var everyYear = new WorkingDayCalendar(new CalendarSettings(BevrijdingsdagRule.EveryYear));
        var never = new WorkingDayCalendar(new CalendarSettings(BevrijdingsdagRule.Never));

        Assert.Equal(new DateOnly(2026, 5, 6), everyYear.AddWorkingDays(new DateOnly(2026, 5, 4), 1));
        Assert.False(never.IsPublicHoliday(new DateOnly(2025, 5, 5)));
        Assert.True(Lustrum.IsPublicHoliday(new DateOnly(2030, 5, 5)));
    }

    [Fact]
    public void Calendar_and_week_units_count_every_day()
    {
        var start = new DateOnly(2025, 12, 22);
        Assert.Equal(new DateOnly(2026, 2, 2), Lustrum.Add(start, 6, DeadlineUnit.Weeks));
        Assert.Equal(new DateOnly(2025, 12, 29), Lustrum.Add(start, 7, DeadlineUnit.Days));
    }

    [Fact]
    public void A_working_day_count_never_lands_on_a_weekend_or_holiday()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            seed =>
            {
                var start = new DateOnly(2025, 1, 1).AddDays(Math.Abs(seed % 1460));
                var days = 1 + Math.Abs(seed % 30);
                var end = Lustrum.AddWorkingDays(start, days);
                return Lustrum.IsWorkingDay(end) && end > start;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Easter_matches_known_dates()
    {
        Assert.Equal(new DateOnly(2024, 3, 31), WorkingDayCalendar.EasterSunday(2024));
        Assert.Equal(new DateOnly(2038, 4, 25), WorkingDayCalendar.EasterSunday(2038));
        Assert.Equal(new DateOnly(2008, 3, 23), WorkingDayCalendar.EasterSunday(2008));
    }
}
