using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Dates counted from another: "twee weken geleden", "in 3 jaar", "3 dagen vanaf dinsdag", "twee dagen voor gisteren".</summary>
internal static class OffsetDateParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        var first = k;
        var ahead = AnyWord(t, k, "over", "in");
        if (ahead)
        {
            k++;
        }

        var parts = DurationParser.ParseCompound(t, k);
        if (parts.Count > 1 && !parts[0].Unit.IsTime && parts.All(p => p.Amount == Math.Floor(p.Amount)) && AnyWord(t, parts[^1].Last + 1, "geleden", "later"))
        {
            var sign = t[parts[^1].Last + 1].Text == "geleden" ? -1 : 1;
            var date = reference;
            foreach (var p in parts)
            {
                date = DateMath.Add(date, p.Unit.Letter, sign * (int)p.Amount);
            }

            return new DateParse(DateSpec.Concrete(date), first, parts[^1].Last + 1);
        }

        if (DurationParser.Parse(t, k) is not { Unit.IsTime: false } duration || duration.Amount != Math.Floor(duration.Amount))
        {
            return null;
        }

        var amount = (int)duration.Amount;
        if (ahead)
        {
            return new DateParse(DateSpec.Concrete(DateMath.Add(reference, duration.Unit.Letter, amount)), first, duration.Last);
        }

        var next = duration.Last + 1;
        if (AnyWord(t, next, "later", "daarna"))
        {
            return new DateParse(DateSpec.Concrete(DateMath.Add(reference, duration.Unit.Letter, amount)), first, next);
        }

        if (Word(t, next, "vanaf") && Word(t, next + 1, "nu"))
        {
            return new DateParse(DateSpec.Concrete(DateMath.Add(reference, duration.Unit.Letter, amount)), first, next + 1);
        }

        if (Word(t, next, "geleden"))
        {
            return new DateParse(DateSpec.Concrete(DateMath.Add(reference, duration.Unit.Letter, -amount)), first, next);
        }

        if (Word(t, next, "gerekend") && Word(t, next + 1, "vanaf"))
        {
            next++;
        }

        if (AnyWord(t, next, "vanaf", "na", "voor") && DateParser.Parse(t, next + 1, reference) is { Spec.IsConcrete: true } from)
        {
            var sign = t[next].Text == "voor" ? -1 : 1;
            return new DateParse(DateSpec.Concrete(DateMath.Add(from.Spec.Date, duration.Unit.Letter, sign * amount)), first, from.Last);
        }

        if (AnyWord(t, next, "vanaf", "na") && DateParser.Parse(t, next + 1, reference) is { Spec.Weekday: > 0 } weekday)
        {
            var future = weekday.Spec.Candidates(reference)[1];
            return new DateParse(DateSpec.Concrete(DateMath.Add(future, duration.Unit.Letter, amount)), first, weekday.Last);
        }

        return null;
    }
}
