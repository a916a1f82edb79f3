using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Time ranges without a date: "5 tot 6 's middags", "tussen 15.00 en 17.00", "'s avonds".</summary>
internal static class TimeRangeRules
{
    public static DtMatch? Match(IReadOnlyList<NumToken> t, int k, DtContext c)
    {
        _ = c;
        return TimeRangeParser.Parse(t, k) is { } range ? ToMatch(range) : null;
    }

    public static DtMatch ToMatch(TimeRangeParse range)
    {
        if (range.Part is { } part)
        {
            return new DtMatch(range.First, range.Last, "timerange",
                [DtValues.Range("T" + part.Code, "timerange", DtValues.Clock(part.Start), DtValues.Clock(part.End))]);
        }

        var values = range.Candidates()
            .Select(p => (IReadOnlyDictionary<string, object?>)DtValues.Range(
                $"({p.Start.Timex},{p.End.Timex},{TimeRangeParse.Length(p.Start, p.End)})", "timerange", p.Start.Value, p.End.Value))
            .ToList();
        return new DtMatch(range.First, range.Last, "timerange", values);
    }
}
