using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Tries every rule at a token and keeps the longest match (the first rule wins a tie).</summary>
internal static class DtRules
{
    private static readonly Func<IReadOnlyList<NumToken>, int, DtContext, DtMatch?>[] Rules =
    [
        ModRules.Match,
        SetRules.Match,
        DateTimeRangeRules.Match,
        DateRangeRules.Match,
        DateTimeRules.Match,
        TimeRangeRules.Match,
        SimpleRules.Date,
        SimpleRules.Time,
        SimpleRules.Duration,
    ];

    public static DtMatch? Best(IReadOnlyList<NumToken> t, int k, DtContext context) => Best(t, k, context, skipMods: false);

    public static DtMatch? Best(IReadOnlyList<NumToken> t, int k, DtContext context, bool skipMods)
    {
        DtMatch? best = null;
        foreach (var rule in Rules)
        {
            if (skipMods && rule == Rules[0])
            {
                continue;
            }

            if (rule(t, k, context) is { } m && (best is null || m.Last > best.Last))
            {
                best = m;
            }
        }

        return best;
    }
}
