namespace IntakeBot.Casework.Audit;

/// <summary>One audited action. <see cref="Action"/> is one of <see cref="AuditActions"/>.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string OrganisationId,
    string Action,
    string? Reference = null,
    string? Detail = null);
