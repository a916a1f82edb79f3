namespace IntakeBot.Casework.Audit;

/// <summary>Filters for the audit log. Null means "any".</summary>
public sealed record AuditQuery(string? Reference = null, string? ActorId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Take = 200);
