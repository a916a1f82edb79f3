namespace IntakeBot.Recognizers.DateTime;

/// <summary>A time range ("5 tot 6 's middags") or a bare day part ("'s avonds"), spanning tokens First..Last.</summary>
internal sealed record TimeRangeParse(TimeSpec? Start, TimeSpec? End, DayPart? Part, int First, int Last)
{
    /// <summary>Start/end candidates: two when both ends are ambiguous ("4:00 tot 7"), else one.</summary>
    public IReadOnlyList<(TimeSpec Start, TimeSpec End)> Candidates()
    {
        if (Start is null || End is null)
        {
            return [];
        }

        if (Start.Ambiguous && End.Ambiguous)
        {
            var late = (Start with { Hour = (Start.Hour + 12) % 24, Ambiguous = false }, End with { Hour = (End.Hour + 12) % 24, Ambiguous = false });
            return [(Start with { Ambiguous = false }, End with { Ambiguous = false }), late];
        }

        var s = Start;
        var e = End;
        if (s.Ambiguous && s.Hour + 12 <= e.Hour && e.Hour - s.Hour > 12)
        {
            s = s with { Hour = s.Hour + 12 };
        }

        if (e.Ambiguous && e.Hour < s.Hour && e.Hour + 12 > s.Hour)
        {
            e = e with { Hour = e.Hour + 12 };
        }

        return [(s with { Ambiguous = false }, e with { Ambiguous = false })];
    }

    public static string Length(TimeSpec start, TimeSpec end)
    {
        var span = end.Time - start.Time;
        if (span <= TimeSpan.Zero)
        {
            span += TimeSpan.FromDays(1);
        }

        return DtValues.Span(span);
    }
}
