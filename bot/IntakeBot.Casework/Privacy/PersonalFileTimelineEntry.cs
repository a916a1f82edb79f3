namespace IntakeBot.Casework.Privacy;

/// <summary>One timeline line in an export: who (by name) did what, with notes in full.</summary>
public sealed record PersonalFileTimelineEntry(DateTimeOffset At, string Type, string? By, string? Detail);
