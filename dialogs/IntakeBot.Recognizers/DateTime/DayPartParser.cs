using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Reads "'s avonds", "‘s morgens", "in de ochtend", "'s middags".</summary>
internal static class DayPartParser
{
    public static DayPartParse? Parse(IReadOnlyList<NumToken> t, int k)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        if (t[k].Kind == NumTokenKind.Symbol && t[k].Text is "'" or "‘" or "’" or "`" or "ʼ" && Word(t, k + 1, "s") && Part(t, k + 2) is { } part)
        {
            return new DayPartParse(part, k, k + 2);
        }

        if (Word(t, k, "s") && Part(t, k + 1) is { } bare)
        {
            return new DayPartParse(bare, k, k + 1);
        }

        if (AnyWord(t, k, "in", "tijdens") && Word(t, k + 1, "de") && Part(t, k + 2) is { } inThe)
        {
            return new DayPartParse(inThe, k, k + 2);
        }

        return null;
    }

    private static DayPart? Part(IReadOnlyList<NumToken> t, int k) =>
        k < t.Count && t[k].Kind == NumTokenKind.Word && DateTimeWords.DayParts.TryGetValue(t[k].Text, out var p) ? p : null;
}
