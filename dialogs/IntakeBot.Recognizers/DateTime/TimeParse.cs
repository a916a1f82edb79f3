namespace IntakeBot.Recognizers.DateTime;

/// <summary>A parsed clock time spanning tokens First..Last.</summary>
internal sealed record TimeParse(TimeSpec Spec, int First, int Last, DayPart? Part = null);
