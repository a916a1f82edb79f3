using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Register;

/// <summary>
/// Filters for the case list. Null means "any". <see cref="OrganisationId"/> narrows inside the scope (an id outside
/// the scope gives an empty list). Dates are inclusive calendar days in Europe/Amsterdam on the submission time.
/// <see cref="OverdueOn"/>: only cases still open whose <see cref="CaseRecord.DueOn"/> is before that day.
/// </summary>
public sealed record CaseQuery(
    Kind? Kind = null,
    CaseStatus? Status = null,
    string? OrganisationId = null,
    DateOnly? OverdueOn = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null,
    string? AssignedTo = null,
    int Skip = 0,
    int Take = 50);
