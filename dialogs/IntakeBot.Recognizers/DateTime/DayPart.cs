namespace IntakeBot.Recognizers.DateTime;

/// <summary>Part of a day with its Recognizers-Text timex code and span.</summary>
internal sealed record DayPart(string Code, TimeSpan Start, TimeSpan End)
{
    public static readonly DayPart Morning = new("MO", TimeSpan.FromHours(8), TimeSpan.FromHours(12));
    public static readonly DayPart Afternoon = new("AF", TimeSpan.FromHours(12), TimeSpan.FromHours(16));
    public static readonly DayPart Evening = new("EV", TimeSpan.FromHours(16), TimeSpan.FromHours(20));
    public static readonly DayPart Night = new("NI", TimeSpan.FromHours(20), new TimeSpan(23, 59, 59));

    /// <summary>Moves an ambiguous clock hour (1..12) into this part of the day.</summary>
    public int Apply(int hour) => Code switch
    {
        "AF" or "EV" when hour < 12 => hour + 12,
        "NI" when hour is >= 6 and < 12 => hour + 12,
        "MO" when hour == 12 => 0,
        _ => hour,
    };
}
