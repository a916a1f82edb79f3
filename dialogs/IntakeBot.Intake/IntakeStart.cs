namespace IntakeBot.Intake;

/// <summary>What the channel already knows when the intake starts: the organisation (from the widget) and the language.</summary>
public sealed record IntakeStart(string? OrganisationId = null, string? Language = null);
