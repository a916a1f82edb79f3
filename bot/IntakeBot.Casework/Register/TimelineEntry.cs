namespace IntakeBot.Casework.Register;

/// <summary>
/// One line of a case's timeline. <see cref="Type"/> is one of <see cref="TimelineEntryTypes"/>; <see cref="Detail"/>
/// holds the note text, the new status, the assignee or the delivery target and error (stored protected when it may
/// hold personal data: notes).
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string Type, string? ActorId, string? ActorName, string? Detail);
