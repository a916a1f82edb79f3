using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Clock times: "15:00", "8:00:31", "20.30", "7 uur", "4u", "half 4", "kwart over 7", "10 voor half negen",
/// with a day part before or after ("'s avonds", "'s middags om 7 uur").
/// </summary>
internal static class TimeParser
{
    public static TimeParse? Parse(IReadOnlyList<NumToken> t, int k, bool allowBare = false)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        if (DayPartParser.Parse(t, k) is { } before && (Word(t, before.Last + 1, "om") ? Core(t, before.Last + 2, true) : null) is { } afterPart)
        {
            var withUur = Word(t, afterPart.Last + 1, "uur") ? afterPart.Last + 1 : afterPart.Last;
            return new TimeParse(afterPart.Spec.WithDayPart(before.Part), before.First, withUur, before.Part);
        }

        var first = k;
        var om = Word(t, k, "om");
        if (om)
        {
            k++;
        }

        if (Core(t, k, allowBare || om) is not { } core || AnyWord(t, core.Last + 1, "procent", "percent") || Symbol(t, core.Last + 1, '%'))
        {
            return null;
        }

        // "om 14.00" keeps its "om"; "om 15:00" does not (as in the reference specs).
        var start = om && core.Last > core.First && Symbol(t, core.First + 1, '.') ? first : core.First;
        var last = core.Last;
        var spec = core.Spec;
        if (AnyWord(t, last + 1, "uur", "u") && core.Spec.Precision == 2)
        {
            last++;
        }

        if (AnyWord(t, last + 1, "pm", "am") && spec.Hour is >= 1 and <= 12)
        {
            var pm = t[last + 1].Text == "pm";
            var hour = pm ? (spec.Hour % 12) + 12 : spec.Hour % 12;
            return new TimeParse(spec with { Hour = hour, Ambiguous = false }, start, last + 1);
        }

        if (DayPartParser.Parse(t, last + 1) is { } after)
        {
            return new TimeParse(spec.WithDayPart(after.Part), start, after.Last, after.Part);
        }

        return new TimeParse(spec, start, last);
    }

    /// <summary>The time without day part: digits with ":" or ".", "N uur", "half N", "kwart over N", or a bare hour when allowed.</summary>
    public static TimeParse? Core(IReadOnlyList<NumToken> t, int k, bool allowBare)
    {
        if (k >= t.Count)
        {
            return null;
        }

        if (Digits(t, k, 2) is { } h && h <= 24 && (k == 0 || !Adjacent(t, k - 1, k) || t[k - 1].Kind == NumTokenKind.Symbol && t[k - 1].Text is not ("." or ":" or "/" or ",")))
        {
            if (ClockDigits(t, k, h) is { } clock)
            {
                return clock;
            }

            if (AnyWord(t, k + 1, "uur", "u", "h"))
            {
                return WithMinutesAfterUur(t, h, k, k + 1);
            }

            if (SpokenTime(t, k) is { } spokenDigits)
            {
                return spokenDigits;
            }

            var free = !Adjacent(t, k, k + 1) || t[k + 1].Kind == NumTokenKind.Symbol && t[k + 1].Text is not ("." or ":" or "/" or ",");
            return allowBare && free ? Hour(h, k, k) : null;
        }

        if (SpokenTime(t, k) is { } spoken)
        {
            return spoken;
        }

        if (Word(t, k, "middernacht"))
        {
            return new TimeParse(new TimeSpec(0, 0, 0, 1, false), k, k);
        }

        if (HourWord(t, k) is { } wordHour)
        {
            if (Word(t, k + 1, "uur"))
            {
                return WithMinutesAfterUur(t, wordHour, k, k + 1);
            }

            return allowBare ? Hour(wordHour, k, k) : null;
        }

        return null;
    }

    private static TimeParse? ClockDigits(IReadOnlyList<NumToken> t, int k, int h)
    {
        if (!(Symbol(t, k + 1, ':') || Symbol(t, k + 1, '.')) || !Adjacent(t, k, k + 1) || !Adjacent(t, k + 1, k + 2)
            || Digits(t, k + 2, 2) is not { } m || t[k + 2].Text.Length != 2 || m > 59)
        {
            return null;
        }

        if ((Symbol(t, k + 3, ':') || Symbol(t, k + 3, '.')) && Adjacent(t, k + 2, k + 3) && Digits(t, k + 4, 2) is { } s && t[k + 4].Text.Length == 2 && s <= 59)
        {
            var last = AnyWord(t, k + 5, "u", "uur") ? k + 5 : k + 4;
            return new TimeParse(new TimeSpec(h % 24, m, s, 3, h is >= 1 and <= 12), k, last);
        }

        if (Adjacent(t, k + 2, k + 3) && (t[k + 3].Kind == NumTokenKind.Digits || Symbol(t, k + 3, '.') && Digits(t, k + 4, 9) is not null))
        {
            return null;
        }

        return new TimeParse(new TimeSpec(h % 24, m, 0, 2, h is >= 1 and <= 12), k, k + 2);
    }

    /// <summary>"zeven uur dertig" is 7:30; "zeven uur" alone is 7:00.</summary>
    private static TimeParse WithMinutesAfterUur(IReadOnlyList<NumToken> t, int h, int first, int uur)
    {
        var m = uur + 1 < t.Count && t[uur + 1].Kind == NumTokenKind.Word ? t[uur + 1].Cardinal : -1;
        if (Word(t, uur, "uur") && m is >= 2 and <= 59 && !DateTimeWords.Units.ContainsKey(uur + 2 < t.Count ? t[uur + 2].Text : string.Empty))
        {
            return new TimeParse(new TimeSpec(h % 24, (int)m, 0, 2, h is >= 1 and <= 12), first, uur + 1);
        }

        return Hour(h, first, uur);
    }

    private static TimeParse Hour(int h, int first, int last) => new(new TimeSpec(h % 24, 0, 0, 1, h is >= 1 and <= 12), first, last);

    /// <summary>"half 4" (3:30), "kwart over 7", "kwart voor 8", "10 voor half negen", "5 over 3".</summary>
    private static TimeParse? SpokenTime(IReadOnlyList<NumToken> t, int k)
    {
        if (Word(t, k, "half") && ClockHour(t, k + 1) is { } halfHour)
        {
            return Minutes(halfHour, -30, k, k + 1);
        }

        int? minutes = Word(t, k, "kwart") ? 15 : MinuteCount(t, k);
        if (minutes is { } && AnyWord(t, k + 1, "minuten", "minuut") && AnyWord(t, k + 2, "over", "voor"))
        {
            // "20 minuten over 8": read as "20 over 8", keeping the first token.
            var shifted = SpokenTime(t, k + 1, minutes.Value);
            return shifted is null ? null : shifted with { First = k };
        }

        return SpokenTime(t, k, minutes);
    }

    private static TimeParse? SpokenTime(IReadOnlyList<NumToken> t, int k, int? minutes)
    {
        if (minutes is not { } mins || !AnyWord(t, k + 1, "over", "voor"))
        {
            return null;
        }

        var sign = t[k + 1].Text == "over" ? 1 : -1;
        if (Word(t, k + 2, "half") && ClockHour(t, k + 3) is { } baseHalf)
        {
            return Minutes(baseHalf, -30 + (sign * mins), k, k + 3);
        }

        return ClockHour(t, k + 2) is { } baseHour ? Minutes(baseHour, sign * mins, k, k + 2) : null;
    }

    private static TimeParse Minutes(int hour, int offset, int first, int last)
    {
        var total = (((hour * 60) + offset) % 1440 + 1440) % 1440;
        var h = total / 60;
        return new TimeParse(new TimeSpec(h, total % 60, 0, 2, h is >= 1 and <= 12 || h == 0), first, last);
    }

    private static int? MinuteCount(IReadOnlyList<NumToken> t, int k) =>
        Digits(t, k, 2) is { } d and > 0 and < 30 ? d : HourWord(t, k) is { } w and > 0 and < 30 ? w : null;

    private static int? ClockHour(IReadOnlyList<NumToken> t, int k) => Digits(t, k, 2) is { } d and >= 1 and <= 12 ? d : HourWord(t, k) is { } w and >= 1 and <= 12 ? w : null;

    private static int? HourWord(IReadOnlyList<NumToken> t, int k) =>
        k < t.Count && t[k].Kind == NumTokenKind.Word && t[k].Text != "een" && t[k].Cardinal is var v and >= 0 and <= 24 ? (int)v : null;
}
