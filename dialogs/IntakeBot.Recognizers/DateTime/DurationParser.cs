using IntakeBot.Recognizers.Number;
using static IntakeBot.Recognizers.DateTime.Tokens;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Reads "3 minuten", "vierentwintig uur", "een uur", "paar uur", "enige weken", "2 nachten".</summary>
internal static class DurationParser
{
    public static DurationParse? Parse(IReadOnlyList<NumToken> t, int k)
    {
        if (k < 0 || k >= t.Count)
        {
            return null;
        }

        if (Count(t, k) is not { } count)
        {
            return null;
        }

        var u = count.Last + 1;
        if (u < t.Count && t[u].Kind == NumTokenKind.Word && DateTimeWords.Units.TryGetValue(t[u].Text, out var unit))
        {
            return new DurationParse(count.Value, unit, k, u);
        }

        return null;
    }
}
