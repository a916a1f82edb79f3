namespace IntakeBot.Recognizers.DateTime;

/// <summary>Takes the start, middle or end of a period: "begin januari", "half november", "eind van de week".</summary>
internal static class PeriodPart
{
    public static (DateOnly Start, DateOnly End) Of((DateOnly Start, DateOnly End) period, string mod, string timex)
    {
        var (start, end) = period;
        var days = end.DayNumber - start.DayNumber;
        if (days >= 365)
        {
            return mod switch
            {
                "start" => (start, start.AddMonths(4)),
                "mid" => (start.AddMonths(4), start.AddMonths(8)),
                _ => (start.AddMonths(8), end),
            };
        }

        if (days >= 28)
        {
            return mod switch
            {
                "start" => (start, start.AddDays(10)),
                "mid" => (start.AddDays(9), start.AddDays(20)),
                _ => (start.AddDays(20), end),
            };
        }

        _ = timex;
        return mod switch
        {
            "start" => (start, start.AddDays(3)),
            "mid" => (start.AddDays(2), start.AddDays(5)),
            _ => (start.AddDays(3), end),
        };
    }

    public static string? ModOf(string word) => word switch
    {
        "begin" or "start" or "vroeg" => "start",
        "half" or "midden" or "halverwege" => "mid",
        "eind" or "einde" or "later" or "eindje" => "end",
        _ => null,
    };
}
