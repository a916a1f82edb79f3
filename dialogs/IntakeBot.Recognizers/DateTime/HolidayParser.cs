using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Holidays: "kerst", "tweede kerstdag", "pasen 2018", "vorige koningsdag", "onafhankelijksdag van dit jaar".</summary>
internal static class HolidayParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        var first = k;
        var modifier = AnyWord(t, k, "volgende", "vorige", "voorgaande", "eropvolgende", "afgelopen", "komende") ? t[k++].Text : null;
        var shift = 0;
        if (AnyWord(t, k, "eerste", "tweede") && AnyWord(t, k + 1, "kerstdag", "paasdag", "pinksterdag"))
        {
            shift = t[k].Text == "tweede" ? 1 : 0;
            k++;
        }

        string? name = null;
        var last = k;
        if (k < t.Count && t[k].Kind == NumTokenKind.Word && HolidayTable.Days.ContainsKey(t[k].Text))
        {
            name = t[k].Text;
        }
        else if (Word(t, k, "paasdag") || Word(t, k, "pinksterdag"))
        {
            name = t[k].Text == "paasdag" ? "pasen" : "pinksteren";
        }
        else if (Word(t, k, "goede") && Word(t, k + 1, "vrijdag"))
        {
            name = "goede vrijdag";
            last = k + 1;
        }
        else if (Word(t, k, "dag") && Word(t, k + 1, "van") && Word(t, k + 2, "de") && Word(t, k + 3, "aarde"))
        {
            return WithYear(t, first, k + 3, reference, modifier, y => new DateOnly(y, 4, 22));
        }
        else if (Word(t, k, "black") && Word(t, k + 1, "friday"))
        {
            return WithYear(t, first, k + 1, reference, modifier, BlackFriday);
        }

        if (name is null)
        {
            return null;
        }

        return WithYear(t, first, last, reference, modifier, y => HolidayTable.Resolve(name, y).AddDays(shift));
    }

    private static DateParse WithYear(IReadOnlyList<NumToken> t, int first, int last, DateOnly reference, string? modifier, Func<int, DateOnly> on)
    {
        if (WrittenDateParser.Year(t, last + 1) is { } year && !Symbol(t, last + 1, ','))
        {
            return new DateParse(DateSpec.Concrete(on(year.Year)), first, year.Last);
        }

        if (Word(t, last + 1, "van") && AnyWord(t, last + 2, "dit", "deze") && Word(t, last + 3, "jaar"))
        {
            return new DateParse(DateSpec.Concrete(on(reference.Year)), first, last + 3);
        }

        var thisYear = on(reference.Year);
        var date = modifier switch
        {
            "vorige" or "voorgaande" or "afgelopen" => thisYear < reference ? thisYear : on(reference.Year - 1),
            "volgende" or "eropvolgende" or "komende" => thisYear > reference ? thisYear : on(reference.Year + 1),
            _ => thisYear,
        };
        if (modifier is null && thisYear.Year == reference.Year && thisYear.Month is var m && thisYear == new DateOnly(thisYear.Year, m, thisYear.Day))
        {
            return new DateParse(DateSpec.MonthDay(thisYear.Month, thisYear.Day), first, last);
        }

        return new DateParse(DateSpec.Concrete(date), first, last);
    }

    private static DateOnly BlackFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var thursday = first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek) + 7) % 7).AddDays(21);
        return thursday.AddDays(1);
    }
}
