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

        // "een halfuur", "een kwartier": the unit itself carries the amount.
        if (Word(t, k, "een") && AnyWord(t, k + 1, "halfuur", "kwartier"))
        {
            return t[k + 1].Text == "halfuur" ? new DurationParse(30, DateTimeWords.Units["minuten"], k, k + 1) : new DurationParse(15, DateTimeWords.Units["minuten"], k, k + 1);
        }

        if (Count(t, k) is not { } count)
        {
            return null;
        }

        var u = count.Last + 1;
        if (u < t.Count && t[u].Kind == NumTokenKind.Word && DateTimeWords.Units.TryGetValue(t[u].Text, out var unit))
        {
            var last = Symbol(t, u + 1, '.') && Adjacent(t, u, u + 1) && t[u].Text is "min" or "sec" or "jr" or "dgn" ? u + 1 : u;
            return new DurationParse(count.Value, unit, k, last);
        }

        return null;
    }

    /// <summary>Several units in a row: "1 jaar, 1 maand en 21 dagen", "1 uur en 30 minuten", optionally "lang".</summary>
    public static IReadOnlyList<DurationParse> ParseCompound(IReadOnlyList<NumToken> t, int k)
    {
        var parts = new List<DurationParse>();
        if (Parse(t, k) is not { } first)
        {
            return parts;
        }

        parts.Add(first);
        while (parts.Count < 4)
        {
            var j = parts[^1].Last + 1;
            if (Symbol(t, j, ',') || Word(t, j, "en"))
            {
                j++;
            }

            if (Parse(t, j) is not { } next || next.Unit.IsTime != first.Unit.IsTime || parts.Any(p => p.Unit.Letter == next.Unit.Letter))
            {
                break;
            }

            parts.Add(next);
        }

        return parts;
    }
}
