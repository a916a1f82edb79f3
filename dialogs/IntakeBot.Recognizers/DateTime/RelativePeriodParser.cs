using System.Globalization;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>"deze week", "volgende maand", "vorig jaar", "het weekend", "volgende werkweek", "dezelfde week", "de maand".</summary>
internal static class RelativePeriodParser
{
    public static PeriodParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly today)
    {
        if (k + 1 >= t.Count || t[k].Kind != NumTokenKind.Word)
        {
            return null;
        }

        var unit = t[k + 1].Text;
        var shift = t[k].Text switch
        {
            "deze" or "dit" or "het" or "de" or "huidige" => 0,
            "volgende" or "volgend" or "komende" or "aankomende" or "aanstaande" => 1,
            "vorige" or "vorig" or "afgelopen" or "verleden" or "voorbije" => -1,
            "dezelfde" or "hetzelfde" or "dat" or "die" => 9,
            _ => (int?)null,
        };
        if (shift is not { } s || unit is not ("week" or "maand" or "jaar" or "weekend" or "werkweek")
            || (k + 2 < t.Count && t[k + 2].Kind == NumTokenKind.Digits) || (k + 2 < t.Count && t[k + 2].IsWord("van")))
        {
            return null;
        }

        if (t[k].Text is "het" && unit is "week" or "maand" || t[k].Text is "de" && unit is not ("maand" or "week"))
        {
            return null;
        }

        if (t[k].Text == "de" && unit == "week")
        {
            return null;
        }

        var refUndefined = s == 9;
        var offset = refUndefined ? 0 : s;
        var first = k;
        var period = unit switch
        {
            "week" => Week(today, offset, 7, string.Empty),
            "werkweek" => Week(today, offset, 5, string.Empty),
            "weekend" => Weekend(today, offset),
            "maand" => PeriodParser.OfMonth(today.AddMonths(offset).Year, today.AddMonths(offset).Month, first, k + 1),
            _ => PeriodParser.OfYear(today.Year + offset, first, k + 1),
        };
        period = period with { First = first, Last = k + 1 };
        if (refUndefined)
        {
            var timex = unit switch { "week" => "XXXX-WXX", "maand" => "XXXX-XX", "weekend" => "XXXX-WXX-WE", _ => "XXXX" };
            period = period with { Timex = timex, Mod = "ref_undef" };
        }

        return period;
    }

    private static PeriodParse Week(DateOnly today, int offset, int days, string suffix)
    {
        var start = DateMath.WeekStart(today).AddDays(7 * offset);
        return new PeriodParse(DateMath.IsoWeek(start) + suffix, [(start, start.AddDays(days))], 0, 0);
    }

    private static PeriodParse Weekend(DateOnly today, int offset)
    {
        var start = DateMath.WeekStart(today).AddDays((7 * offset) + 5);
        return new PeriodParse(string.Create(CultureInfo.InvariantCulture, $"{DateMath.IsoWeek(start)}-WE"), [(start, start.AddDays(2))], 0, 0);
    }
}
