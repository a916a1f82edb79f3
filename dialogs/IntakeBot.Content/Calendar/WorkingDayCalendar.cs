using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Calendar;

/// <summary>
/// Dutch working days for any year: weekends and public holidays are not working days.
/// Bevrijdingsdag and Goede Vrijdag follow <see cref="CalendarSettings"/> (content/calendar.yaml).
/// </summary>
public sealed class WorkingDayCalendar(CalendarSettings settings)
{
    // A year's list is computed once: every turn that plans deadlines asks for it once per day it counts.
    private readonly ConcurrentDictionary<int, ReadOnlyCollection<PublicHoliday>> _years = new();

    /// <summary>The public holidays of a year, in date order (a read-only list, shared by every caller).</summary>
    public IReadOnlyList<PublicHoliday> Holidays(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        return _years.GetOrAdd(year, Compute);
    }

    /// <summary>True when the date is a public holiday.</summary>
    public bool IsPublicHoliday(DateOnly date)
    {
        foreach (var holiday in Holidays(date.Year))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    private ReadOnlyCollection<PublicHoliday> Compute(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        var list = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(easter, "Eerste Paasdag"),
            new(easter.AddDays(1), "Tweede Paasdag"),
            // Koningsdag moves to Saturday 26 April when 27 April is a Sunday.
            new(kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay, "Koningsdag"),
            new(easter.AddDays(39), "Hemelvaartsdag"),
            new(easter.AddDays(49), "Eerste Pinksterdag"),
            new(easter.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag"),
        };
        if (settings.GoodFriday)
        {
            list.Add(new(easter.AddDays(-2), "Goede Vrijdag"));
        }

        if (settings.Bevrijdingsdag == BevrijdingsdagRule.EveryYear
            || (settings.Bevrijdingsdag == BevrijdingsdagRule.Lustrum && year % 5 == 0))
        {
            list.Add(new(new DateOnly(year, 5, 5), "Bevrijdingsdag"));
        }

        return list.OrderBy(h => h.Date).ToList().AsReadOnly();
    }

    /// <summary>True for Monday to Friday that are not public holidays.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/> (start not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, 3650);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Adds an amount in the unit a regulation uses: working days, calendar days or weeks.</summary>
    public DateOnly Add(DateOnly start, int amount, DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.Workdays => AddWorkingDays(start, amount),
        DeadlineUnit.Days => start.AddDays(amount),
        DeadlineUnit.Weeks => start.AddDays(7 * amount),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown unit"),
    };

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
