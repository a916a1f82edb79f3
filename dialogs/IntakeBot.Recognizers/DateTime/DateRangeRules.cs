using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Date ranges: months, years, weeks, "begin januari", "van mei tot september", school holidays.</summary>
internal static class DateRangeRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        _ = t;
        _ = k;
        _ = c;
        return null;
    }
}
