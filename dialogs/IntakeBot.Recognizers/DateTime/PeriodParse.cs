namespace IntakeBot.Recognizers.DateTime;

/// <summary>A date range ("oktober", "volgende week", "2014") with its timex and start/end candidates (end exclusive).</summary>
internal sealed record PeriodParse(string Timex, IReadOnlyList<(DateOnly Start, DateOnly End)> Candidates, int First, int Last, string? Mod = null);
