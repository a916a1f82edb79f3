using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Register;

/// <summary>A new status; outcome and nature are kept when closing (afgehandeld) and feed the annual report.</summary>
public sealed record StatusChange(CaseStatus Status, CaseOutcome? Outcome = null, ComplaintNature? Nature = null);
