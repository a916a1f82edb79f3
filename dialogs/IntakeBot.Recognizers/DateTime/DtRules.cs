using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Tries every rule at a token and keeps the longest match (the first rule wins a tie).</summary>
internal static class DtRules
{
    private static readonly Func<IReadOnlyList<NumToken>, int, DtContext, DtMatch?>[] Rules =
    [
        SetRules.Match,
        DateTimeRangeRules.Match,
        DateRangeRules.Match,
        DateTimeRules.Match,
        TimeRangeRules.Match,
        SimpleRules.Date,
        SimpleRules.Time,
        SimpleRules.Duration,
    ];

    /// <summary>
    /// Runs one rule. A date pushed outside the calendar ("over 9000 jaar" near year 9999) is not a date, so
    /// calendar overflow means "no match" rather than a crash.
    /// </summary>
    private static DtMatch? Try(Func<IReadOnlyList<NumToken>, int, DtContext, DtMatch?> rule, IReadOnlyList<NumToken> t, int k, DtContext context)
    {
        try
        {
            return rule(t, k, context);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static DtMatch? Best(IReadOnlyList<NumToken> t, int k, DtContext context) => Best(t, k, context, skipMods: false);

    public static DtMatch? Best(IReadOnlyList<NumToken> t, int k, DtContext context, bool skipMods)
    {
        if (k >= t.Count || !DtTriggers.CanStart(t[k]))
        {
            return null;
        }

        if (!context.BaseMatches.TryGetValue(k, out var best))
        {
            foreach (var rule in Rules)
            {
                if (Try(rule, t, k, context) is { } m && (best is null || m.Last > best.Last))
                {
                    best = m;
                }
            }

            context.BaseMatches[k] = best;
        }

        if (skipMods)
        {
            return best;
        }

        return Try(ModRules.Match, t, k, context) is { } mod && (best is null || mod.Last >= best.Last) ? mod : best;
    }
}
