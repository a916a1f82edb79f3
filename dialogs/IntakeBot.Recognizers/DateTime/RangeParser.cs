using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Ranges between two dates, months or years: "van mei tot september", "tussen 3 en 12 sept", "18-19 november",
/// "van 25-10 tot 25-1", "tussen 2007 en 2009", "jan-feb 2017", "tussen jan 2019 en vandaag".
/// </summary>
internal static class RangeParser
{
    public static PeriodParse? Parse(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var first = k;
        var prefix = AnyWord(t, k, "van", "tussen", "in", "op", "vanaf") ? t[k].Text : null;
        if (prefix is not null)
        {
            k++;
        }

        if (End(t, k, c, bareDayAllowed: true, afterDash: false) is not { } a)
        {
            return null;
        }

        var j = a.Last + 1;
        var dash = Symbol(t, j, '-') || Symbol(t, j, '~');
        if (dash || (prefix != "tussen" && Word(t, j, "tot")) || (prefix == "tussen" && AnyWord(t, j, "en", "tot")))
        {
            j++;
            if (Word(t, j, "en") && Word(t, j + 1, "met"))
            {
                j += 2;
            }
        }
        else
        {
            return null;
        }

        if ((prefix is "in" or "op") && !dash && t[j - 1].Text != "met")
        {
            return null;
        }

        var b = End(t, j, c, bareDayAllowed: false, afterDash: dash && Adjacent(t, j - 1, j));
        if (b is null)
        {
            return null;
        }

        if (b is { Kind: 'D', Date: { Month: > 0, IsConcrete: false } bSpec } && Symbol(t, b.Last + 1, ',') && Digits(t, b.Last + 2, 4) is { } bYear && t[b.Last + 2].Text.Length == 4)
        {
            b = b with { Date = DateSpec.Concrete(DateMath.SafeDate(bYear, bSpec.Month, bSpec.Day)), Last = b.Last + 2 };
        }

        var start = prefix is null or "vanaf" || (prefix == "op" && a.Kind != 'B') ? k : first;
        return RangeResolver.Resolve(a, b, c.Today, start, b.Last);
    }

    private static RangeEnd? End(IReadOnlyList<NumToken> t, int k, DtContext c, bool bareDayAllowed, bool afterDash)
    {
        if (Word(t, k, "nu"))
        {
            return new RangeEnd('D', DateSpec.Concrete(c.Today), null, 0, k, k);
        }

        if (Word(t, k, "de") && AnyWord(t, k + 1, "start", "begin") && Word(t, k + 2, "van") && PeriodParser.Parse(t, k + 3, c.Today) is { } startOf)
        {
            return new RangeEnd(startOf.Timex.Length == 4 ? 'Y' : 'M', null, startOf with { First = k }, 0, k, startOf.Last);
        }

        var date = afterDash ? NumericDateParser.Parse(t, k, afterRangeDash: true) ?? DateParser.Parse(t, k, c) : DateParser.Parse(t, k, c);
        var period = PeriodParser.Month(t, k, c.Today, allowShort: true) ?? PeriodParser.Parse(t, k, c.Today);
        if (period is not null && period.Timex.Contains('W', StringComparison.Ordinal))
        {
            period = null;
        }

        if (date is not null && date.First == k && (period is null || date.Last >= period.Last))
        {
            return new RangeEnd('D', date.Spec, null, 0, k, date.Last);
        }

        if (period is not null && period.First == k)
        {
            return new RangeEnd(period.Timex.EndsWith("-XX", StringComparison.Ordinal) || period.Timex.Length > 4 ? 'M' : 'Y', null, period, 0, k, period.Last);
        }

        if (bareDayAllowed && (Digits(t, k, 2) is { } day and >= 1 and <= 31 || WeekdayParser.OrdinalDay(t, k) is { } ordinal && (day = ordinal) > 0))
        {
            var last = AnyWord(t, k + 1, "e", "ste", "de") && Adjacent(t, k, k + 1) ? k + 1 : k;
            return new RangeEnd('B', null, null, day, k, last);
        }

        return null;
    }
}
