using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Register;

/// <summary>
/// What an annual report may know of a case: no reference, no conversation, no field, no text. Written when the case is
/// created and updated with its status; kept when the case itself is deleted. <see cref="HandlingDays"/> counts calendar
/// days from submission to closing.
/// </summary>
public sealed record CaseFact(
    string OrganisationId,
    Kind Kind,
    CaseStatus Status,
    DateOnly SubmittedOn,
    string ChannelId,
    bool Anonymous,
    CaseOutcome? Outcome,
    ComplaintNature? Nature,
    DateOnly? ClosedOn,
    int? HandlingDays,
    bool Deleted);
