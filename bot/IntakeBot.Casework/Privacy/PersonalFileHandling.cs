using IntakeBot.Casework.Register;

namespace IntakeBot.Casework.Privacy;

/// <summary>How the organisation handled the case, as far as it is recorded.</summary>
public sealed record PersonalFileHandling(
    DateOnly? DueOn,
    string? AssignedTo,
    CaseOutcome? Outcome,
    ComplaintNature? Nature,
    DateTimeOffset? ClosedAt);
