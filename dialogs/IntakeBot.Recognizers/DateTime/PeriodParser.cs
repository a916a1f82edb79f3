using System.Collections.Frozen;
using System.Globalization;
using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Single periods: "oktober", "juni van 1992", "12-2015", "2014", "volgende week", "het weekend", "dit jaar".</summary>
internal static class PeriodParser
{
    public static PeriodParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly today)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        return Month(t, k, today, allowShort: false) ?? Year(t, k) ?? MonthYearDigits(t, k) ?? Relative(t, k, today) ?? Holiday(t, k, today);
    }

    public static PeriodParse? Month(IReadOnlyList<NumToken> t, int k, DateOnly today, bool allowShort)
    {
        var first = k;
        string? modifier = null;
        if (Word(t, k, "de") && Word(t, k + 1, "maand") && WrittenDateParser.Month(t, k + 2) is not null)
        {
            k += 2;
            allowShort = true;
        }

        if (AnyWord(t, k - 1, "in", "van", "sinds", "tot", "vanaf", "eind", "begin"))
        {
            allowShort = true;
        }

        if (AnyWord(t, k, "aanstaande", "deze", "volgende", "vorige", "afgelopen") && WrittenDateParser.Month(t, k + 1) is not null)
        {
            modifier = t[k].Text;
            k++;
        }

        if (WrittenDateParser.Month(t, k) is not { } month || (t[k].Text == "jan" && !allowShort && modifier is null))
        {
            return null;
        }

        var j = k + 1;
        if (Symbol(t, j, '.') && Adjacent(t, k, j) && Digits(t, j + 1, 4) is { } dotYear && t[j + 1].Text.Length == 4)
        {
            return OfMonth(dotYear, month, first, j + 1);
        }

        if (Symbol(t, j, '-') && Adjacent(t, k, j) && Digits(t, j + 1, 4) is { } dashYear && t[j + 1].Text.Length == 4)
        {
            return OfMonth(dashYear, month, first, j + 1);
        }

        if (WrittenDateParser.Year(t, j) is { } year && (year.Last == j || !Symbol(t, j, ',')) && !(Digits(t, j, 4) is null && Symbol(t, j, ',')))
        {
            return OfMonth(year.Year, month, first, year.Last);
        }

        if (Symbol(t, j, ',') && Digits(t, j + 1, 4) is { } commaYear)
        {
            return OfMonth(commaYear, month, first, j + 1);
        }

        if (modifier is not null)
        {
            var y = modifier switch
            {
                "deze" => today.Year,
                "aanstaande" or "volgende" => month > today.Month ? today.Year : today.Year + 1,
                _ => month < today.Month ? today.Year : today.Year - 1,
            };
            return OfMonth(y, month, first, k);
        }

        var past = month <= today.Month ? today.Year : today.Year - 1;
        var future = month < today.Month ? today.Year + 1 : today.Year;
        return new PeriodParse($"XXXX-{month:D2}", [MonthSpan(past, month), MonthSpan(future, month)], first, k);
    }

    public static PeriodParse OfMonth(int year, int month, int first, int last) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), [MonthSpan(year, month)], first, last);

    public static PeriodParse OfYear(int year, int first, int last) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture), [(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1))], first, last);

    public static (DateOnly, DateOnly) MonthSpan(int year, int month)
    {
        var start = DateMath.SafeDate(year, month, 1);
        return (start, start.AddMonths(1));
    }

    private static PeriodParse? Year(IReadOnlyList<NumToken> t, int k)
    {
        var first = k;
        if (Word(t, k, "jaar") || (Symbol(t, k, '=') && Adjacent(t, k, k + 1)))
        {
            k++;
        }

        if (Digits(t, k, 4) is not { } y || t[k].Text.Length != 4 || y is < 1000 or > 2999)
        {
            return null;
        }

        // "2014-2018" is a range of years; "138-2010-2015" and "555-1212" are phone numbers.
        var rangeBefore = k > 1 && (Symbol(t, k - 1, '-') || Symbol(t, k - 1, '~')) && Adjacent(t, k - 2, k - 1) && IsYearToken(t, k - 2)
            && !ChainLeft(t, k - 2) && !ChainRight(t, k);
        var rangeAfter = (Symbol(t, k + 1, '-') || Symbol(t, k + 1, '~')) && Adjacent(t, k, k + 1) && IsYearToken(t, k + 2)
            && !ChainRight(t, k + 2) && !ChainLeft(t, k);
        if ((k > 0 && Adjacent(t, k - 1, k) && !Symbol(t, k - 1, '=') && !Symbol(t, k - 1, '(') && !rangeBefore)
            || (k + 1 < t.Count && Adjacent(t, k, k + 1) && !rangeAfter && !(t[k + 1].Kind == NumTokenKind.Symbol && t[k + 1].Text is "," or "." or ")" or "?" or "!")))
        {
            return null;
        }

        // "1234 AB" is a postcode, not the year 1234.
        if (k + 1 < t.Count && t[k + 1].Kind == NumTokenKind.Word && t[k + 1].Text.Length == 2 && !CommonTwoLetterWords.Contains(t[k + 1].Text))
        {
            return null;
        }

        return OfYear(y, first, k);
    }

    private static readonly FrozenSet<string> CommonTwoLetterWords = new[]
    {
        "en", "of", "op", "in", "is", "te", "ik", "je", "al", "nu", "om", "na", "zo", "ze", "we", "er", "de", "ja", "nee", "ga",
        "hé", "he", "hè", "mn", "zn", "da", "eh", "uh",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsYearToken(IReadOnlyList<NumToken> t, int i) => Digits(t, i, 4) is >= 1000 and <= 2999 && t[i].Text.Length == 4;

    /// <summary>True when digits are glued on the left by a dash or slash ("138-2010").</summary>
    private static bool ChainLeft(IReadOnlyList<NumToken> t, int i) =>
        i > 1 && Adjacent(t, i - 1, i) && t[i - 1].Text is "-" or "/" && Adjacent(t, i - 2, i - 1) && t[i - 2].Kind == NumTokenKind.Digits;

    /// <summary>True when digits are glued on the right by a dash or slash ("2015-86").</summary>
    private static bool ChainRight(IReadOnlyList<NumToken> t, int i) =>
        i + 2 < t.Count && Adjacent(t, i, i + 1) && t[i + 1].Text is "-" or "/" && Adjacent(t, i + 1, i + 2) && t[i + 2].Kind == NumTokenKind.Digits;

    private static PeriodParse? MonthYearDigits(IReadOnlyList<NumToken> t, int k)
    {
        var free = !(k > 0 && Adjacent(t, k - 1, k)) && !(k + 3 < t.Count && Adjacent(t, k + 2, k + 3) && t[k + 3].Kind != NumTokenKind.Symbol);
        if (free && Digits(t, k, 2) is { } sm and >= 1 and <= 12 && Symbol(t, k + 1, '/') && Adjacent(t, k, k + 1) && Adjacent(t, k + 1, k + 2)
            && Digits(t, k + 2, 4) is { } sy && t[k + 2].Text.Length == 4)
        {
            return OfMonth(sy, sm, k, k + 2);
        }

        if (free && Digits(t, k, 4) is { } ym && t[k].Text.Length == 4 && ym >= 1000 && Symbol(t, k + 1, '-') && Adjacent(t, k, k + 1) && Adjacent(t, k + 1, k + 2)
            && Digits(t, k + 2, 2) is { } mm and >= 1 and <= 12 && !Symbol(t, k + 3, '-'))
        {
            return OfMonth(ym, mm, k, k + 2);
        }

        if (Digits(t, k, 2) is { } m && m is >= 1 and <= 12 && Symbol(t, k + 1, '-') && Adjacent(t, k, k + 1) && Adjacent(t, k + 1, k + 2)
            && Digits(t, k + 2, 4) is { } y && t[k + 2].Text.Length == 4 && !(k > 0 && Adjacent(t, k - 1, k))
            && !(k + 3 < t.Count && Adjacent(t, k + 2, k + 3)))
        {
            return OfMonth(y, m, k, k + 2);
        }

        return null;
    }

    private static PeriodParse? Relative(IReadOnlyList<NumToken> t, int k, DateOnly today) => RelativePeriodParser.Parse(t, k, today);

    private static PeriodParse? Holiday(IReadOnlyList<NumToken> t, int k, DateOnly today)
    {
        if (k >= t.Count || !HolidayTable.SchoolHolidays.TryGetValue(t[k].Text, out var holiday))
        {
            return null;
        }

        (DateOnly, DateOnly) InYear(int year)
        {
            var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, holiday.Week, DayOfWeek.Monday));
            return (start, start.AddDays(7 * holiday.Weeks));
        }

        var thisYear = InYear(today.Year);
        var candidates = thisYear.Item1 <= today ? new[] { thisYear, InYear(today.Year + 1) } : [InYear(today.Year - 1), thisYear];
        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-W{holiday.Week:D2}");
        return new PeriodParse(timex, candidates, k, k);
    }
}
