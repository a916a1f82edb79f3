namespace IntakeBot.Intake.Cases;

/// <summary>An outbox entry: something the organisation must hear about ("created", "withdrawn").</summary>
public sealed record CaseEvent(long Id, string Reference, string OrganisationId, string Type, DateTimeOffset At);
