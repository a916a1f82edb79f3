using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>A date with a time: "morgen 8:00", "14 oktober om 8:00:31", "20.30 vandaag", "over 5 minuten", "eind van de dag".</summary>
internal static class DateTimeRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        if (DateParser.Parse(t, k, c) is { } date)
        {
            var j = date.Last + 1;
            var om = false;
            if (Symbol(t, j, ',') || Symbol(t, j, '-'))
            {
                j++;
            }

            if (Symbol(t, j, '(') && Symbol(t, j + 2, ')'))
            {
                j += 3;
                if (Symbol(t, j, '-'))
                {
                    j++;
                }
            }

            if (AnyWord(t, j, "om", "rond", "omstreeks"))
            {
                om = true;
                j++;
            }

            if (TimeParser.Parse(t, j, allowBare: om) is { } time && time.First <= j)
            {
                return DtValues.DateTimeMatch(date.First, time.Last, date.Spec, time.Spec, c.Today);
            }

            if (DayTimeWord(t, j) is { } dayPartTime)
            {
                return DtValues.DateTimeMatch(date.First, dayPartTime.Last, date.Spec, dayPartTime.Spec, c.Today);
            }
        }

        if (TimeParser.Parse(t, k) is { } leading)
        {
            var j = leading.Last + 1;
            if (AnyWord(t, j, "op") || Symbol(t, j, ','))
            {
                j++;
            }

            // "7 uur vanmorgen", "20u vanavond", "7u, deze ochtend"
            if (DayWithPartParser.Parse(t, j, c.Today, c.Reference) is { } part && part.First == j)
            {
                var spec = leading.Spec.Ambiguous ? leading.Spec.WithDayPart(part.Part) : leading.Spec;
                return DtValues.DateTimeMatch(leading.First, part.Last, part.Date, spec, c.Today);
            }

            if (DateParser.Parse(t, j, c) is { } after && after.First == j)
            {
                return DtValues.DateTimeMatch(leading.First, after.Last, after.Spec, leading.Spec, c.Today);
            }
        }

        return FromNow(t, k, c) ?? EndOfDay(t, k, c) ?? Now(t, k, c);
    }

    /// <summary>"nu", "op dit moment": the reference moment itself.</summary>
    private static DtMatch? Now(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var last = Word(t, k, "nu") ? k : Word(t, k, "op") && Word(t, k + 1, "dit") && Word(t, k + 2, "moment") ? k + 2 : -1;
        if (last < 0)
        {
            return null;
        }

        var stamp = c.Reference.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return new DtMatch(k, last, "datetime", [DtValues.Point("PRESENT_REF", "datetime", stamp)]);
    }

    /// <summary>"over 5 minuten", "over een uur", "3 minuten vanaf nu".</summary>
    private static DtMatch? FromNow(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var over = Word(t, k, "over");
        if (DurationParser.Parse(t, over ? k + 1 : k) is not { Unit.IsTime: true } d)
        {
            return null;
        }

        var last = d.Last;
        if (Word(t, last + 1, "in") && Word(t, last + 2, "de") && Word(t, last + 3, "toekomst"))
        {
            return null;
        }

        if (Word(t, last + 1, "vanaf") && Word(t, last + 2, "nu"))
        {
            last += 2;
            k = over ? k + 1 : k;
        }
        else if (!over)
        {
            return null;
        }

        var moment = c.Reference.AddSeconds(d.Amount * d.Unit.Seconds);
        var stamp = moment.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return new DtMatch(k, last, "datetime", [DtValues.Point(stamp, "datetime", stamp.Replace('T', ' '))]);
    }

    /// <summary>"eind van de dag", "aan het eind van de dag", "het einde van vandaag", "eind van de zondag".</summary>
    private static DtMatch? EndOfDay(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        var first = k;
        if (Word(t, k, "aan") && Word(t, k + 1, "het"))
        {
            k += 2;
        }
        else if (Word(t, k, "het"))
        {
            k++;
        }

        if (!AnyWord(t, k, "eind", "einde") || !Word(t, k + 1, "van"))
        {
            return null;
        }

        var j = Word(t, k + 2, "de") ? k + 3 : k + 2;
        DateSpec? spec = Word(t, j, "dag") ? DateSpec.Concrete(c.Today) : null;
        if (spec is null && DateParser.Parse(t, j, c) is { Spec: { IsConcrete: true } or { Weekday: > 0 } } date && date.Last == j)
        {
            spec = date.Spec;
        }

        return spec is null ? null : DtValues.DateTimeMatch(first, j, spec, new TimeSpec(23, 59, 59, 3, false), c.Today);
    }

    /// <summary>A day part used as a time after a date: "afgelopen nacht om 8" is handled by the range rules.</summary>
    private static TimeParse? DayTimeWord(IReadOnlyList<NumToken> t, int k)
    {
        _ = t;
        _ = k;
        return null;
    }
}
