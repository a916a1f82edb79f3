namespace IntakeBot.Recognizers.DateTime;

/// <summary>A duration unit: timex letter, time-of-day unit (PT…) or calendar unit (P…), and length in seconds.</summary>
internal sealed record DurationUnit(string Letter, bool IsTime, long Seconds);
