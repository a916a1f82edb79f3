namespace IntakeBot.Content.Calendar;

/// <summary>A Dutch public holiday: its date and its Dutch name (used in logs and tests, not shown to users).</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
