using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Numeric dates, day first: "03-02-2025", "3/2", "29/2/2020", "2002-10-09", "23-sep-2020".</summary>
internal static class NumericDateParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, bool afterRangeDash = false)
    {
        if (Digits(t, k, 4) is not { } a || (!afterRangeDash && k > 0 && Adjacent(t, k - 1, k) && (t[k - 1].Kind != NumTokenKind.Symbol || Digits(t, k - 2, 9) is not null || (t[k - 1].Text is "-" or "/" && Digits(t, k - 2, 9) is not null && Adjacent(t, k - 2, k - 1)) || t[k - 1].Text == "+")))
        {
            return null;
        }

        var separator = k + 1 < t.Count ? t[k + 1].Text : string.Empty;
        if (separator is not ("-" or "/" or ".") || !Adjacent(t, k, k + 1) || !Adjacent(t, k + 1, k + 2))
        {
            return null;
        }

        int? month = Digits(t, k + 2, 2) ?? WrittenDateParser.Month(t, k + 2);
        if (month is not { } b)
        {
            return null;
        }

        var hasThird = Symbol(t, k + 3, separator[0]) && Adjacent(t, k + 2, k + 3) && Adjacent(t, k + 3, k + 4) && Digits(t, k + 4, 4) is not null;
        if (hasThird)
        {
            var c = Digits(t, k + 4, 4)!.Value;
            if (Trailing(t, k + 4, allowRange: true))
            {
                return null;
            }

            if (t[k].Text.Length == 4)
            {
                return DateMath.IsValid(a, b, c) ? new DateParse(DateSpec.Concrete(new DateOnly(a, b, c)), k, k + 4) : null;
            }

            var year = t[k + 4].Text.Length == 2 ? 2000 + c : c;
            return t[k + 4].Text.Length is 2 or 4 && DateMath.IsValid(year, b, a)
                ? new DateParse(DateSpec.Concrete(new DateOnly(year, b, a)), k, k + 4)
                : null;
        }

        if (t[k + 2].Kind == NumTokenKind.Word && separator == "-" && a is >= 1 and <= 31 && !Trailing(t, k + 2, allowRange: false))
        {
            return new DateParse(DateSpec.MonthDay(b, a), k, k + 2);
        }

        if ((separator == "." && (t[k + 2].Text.Length != 1 || Symbol(t, k + 3, '.') || Symbol(t, k + 3, ','))) || t[k].Text.Length > 2 || Trailing(t, k + 2, allowRange: separator == "/") || a is < 1 or > 31 || b is < 1 or > 12 || t[k + 2].Text.Length > 2)
        {
            return null;
        }

        return new DateParse(DateSpec.MonthDay(b, a), k, k + 2);
    }

    /// <summary>True when more digits or letters are glued on ("138-2010-2015"), so this is not a date.</summary>
    private static bool Trailing(IReadOnlyList<NumToken> t, int last, bool allowRange)
    {
        if (last + 1 >= t.Count || !Adjacent(t, last, last + 1))
        {
            return false;
        }

        var next = t[last + 1];
        if (next.Kind is NumTokenKind.Digits or NumTokenKind.Word)
        {
            return true;
        }

        return (!allowRange || next.Text != "-") && next.Text is "-" or "/" or "." && last + 2 < t.Count && Adjacent(t, last + 1, last + 2) && t[last + 2].Kind == NumTokenKind.Digits;
    }
}
