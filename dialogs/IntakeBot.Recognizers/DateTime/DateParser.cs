using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Reads one date at a token: relative days ("eergisteren"), weekdays with modifiers ("vorige week dinsdag"),
/// written dates ("3 maart 2019", "de 9e van mei"), numeric dates ("03-02-2025", "3/2") and holidays ("kerst").
/// </summary>
internal static class DateParser
{
    public static DateParse? Parse(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        return Longest(
            RelativeDay(t, k, reference),
            WeekdayParser.Parse(t, k, reference),
            WrittenDateParser.Parse(t, k, reference),
            NumericDateParser.Parse(t, k),
            HolidayParser.Parse(t, k, reference),
            OffsetDateParser.Parse(t, k, reference));
    }

    public static DateParse? Longest(params ReadOnlySpan<DateParse?> candidates)
    {
        DateParse? best = null;
        foreach (var c in candidates)
        {
            if (c is not null && (best is null || c.Last > best.Last))
            {
                best = c;
            }
        }

        return best;
    }

    private static DateParse? RelativeDay(IReadOnlyList<NumToken> t, int k, DateOnly reference)
    {
        if (t[k].Kind == NumTokenKind.Word && DateTimeWords.RelativeDays.TryGetValue(t[k].Text, out var offset))
        {
            return new DateParse(DateSpec.Concrete(reference.AddDays(offset)), k, k);
        }

        return AnyWord(t, k, "deze", "die") && Word(t, k + 1, "dag") ? new DateParse(DateSpec.Concrete(reference), k, k + 1) : null;
    }
}
