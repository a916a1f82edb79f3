using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Open ranges: "sinds augustus", "na 2010", "voor 16:00", "later dan 2018", "rond kerst".</summary>
internal static class ModRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        _ = t;
        _ = k;
        _ = c;
        return null;
    }
}
