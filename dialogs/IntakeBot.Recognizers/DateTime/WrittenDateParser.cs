using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Dates with a month name: "3 maart", "2e jan 2019", "de 9e van mei", "vierde van juli 1995", "november de 15e".</summary>
internal static class WrittenDateParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        _ = reference;
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        // Month first: "november de 15e", "januari de eerste tweeduizend en tweeëndertig".
        if (Month(t, k) is { } leadingMonth && Word(t, k + 1, "de") && WeekdayParser.OrdinalDay(t, k + 2) is { } ordinalDay)
        {
            var dayLast = Adjacent(t, k + 2, k + 3) && AnyWord(t, k + 3, "e", "ste", "de") ? k + 3 : k + 2;
            var withYear = WithYear(t, k, dayLast, leadingMonth, ordinalDay);
            return withYear;
        }

        var first = k;
        var digitsDay = false;
        if (Word(t, k, "de") && Digits(t, k + 1, 2) is not null)
        {
            k++;
        }

        int day;
        var last = k;
        if (Digits(t, k, 2) is { } d)
        {
            day = d;
            digitsDay = true;
            if (AnyWord(t, k + 1, "e", "ste", "de") && Adjacent(t, k, k + 1))
            {
                last = k + 1;
            }
        }
        else if (t[k].Kind == NumTokenKind.Word
            && (t[k].Ordinal >= 0 ? t[k].Ordinal : t[k].Cardinal) is var w and >= 1 and <= 31
            && t[k].Text is not ("een" or "de"))
        {
            day = (int)w;
        }
        else
        {
            return null;
        }

        if (!digitsDay)
        {
            first = k;
        }

        var m = last + 1;
        if (Word(t, m, "dag") && Word(t, m + 1, "van"))
        {
            m += 2;
        }
        else if (Word(t, m, "van"))
        {
            m++;
        }

        if (day is < 1 or > 31 || Month(t, m) is not { } month)
        {
            return null;
        }

        return WithYear(t, first, m, month, day);
    }

    public static int? Month(IReadOnlyList<NumToken> t, int k) =>
        k >= 0 && k < t.Count && t[k].Kind == NumTokenKind.Word && DateTimeWords.Months.TryGetValue(t[k].Text, out var m) ? m : null;

    /// <summary>An optional year after a date: "2019", ", 2007", "van 1995", "in 2019", "tweeduizend en tweeëndertig".</summary>
    public static (int Year, int Last)? Year(IReadOnlyList<NumToken> t, int k)
    {
        var j = k;
        if (Symbol(t, j, ',') || AnyWord(t, j, "van", "in"))
        {
            j++;
        }

        if (Digits(t, j, 4) is { } y && t[j].Text.Length == 4 && y is >= 1000 and <= 2999)
        {
            return (y, j);
        }

        if (j < t.Count && t[j].Kind == NumTokenKind.Word && WordIntegerParser.Parse(t, j) is { Value: >= 1900 and <= 2100 } words)
        {
            return ((int)words.Value, words.Last);
        }

        return null;
    }

    private static DateParse WithYear(IReadOnlyList<NumToken> t, int first, int monthToken, int month, int day)
    {
        if (Symbol(t, monthToken + 1, '.') && Adjacent(t, monthToken, monthToken + 1) && t[monthToken].Text.Length <= 4 && t[monthToken].Text is not ("mei" or "juni" or "juli"))
        {
            monthToken++;
        }

        if (Year(t, monthToken + 1) is { } year)
        {
            var invalid = DateMath.IsValid(year.Year, month, day) ? null : $"{year.Year:D4}-{month:D2}-{day:D2}";
            return new DateParse(DateSpec.Concrete(DateMath.SafeDate(year.Year, month, day)) with { InvalidTimex = invalid }, first, year.Last);
        }

        return new DateParse(DateSpec.MonthDay(month, day), first, monthToken);
    }
}
