using System.Text.Json.Serialization;
using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>
/// One row of the case register as the staff API lists it: no fields, so a list never carries personal data.
/// <c>overdue</c> is computed for today in Europe/Amsterdam.
/// </summary>
public sealed record StaffCaseSummary(
    string Reference,
    string OrganisationId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Kind>))] Kind Kind,
    CaseStatus Status,
    DateTimeOffset CreatedAt,
    DateOnly? DueOn,
    bool Overdue,
    string? AssignedToId,
    string? AssignedToName,
    CaseOutcome? Outcome,
    ComplaintNature? Nature,
    DateTimeOffset? ClosedAt)
{
    /// <summary>The API shape of a register record.</summary>
    public static StaffCaseSummary From(CaseRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var c = record.Case;
        return new StaffCaseSummary(
            c.Reference, c.OrganisationId, c.Kind, c.Status, c.CreatedAt, record.DueOn, record.IsOverdue(today),
            record.AssignedToId, record.AssignedToName, record.Outcome, record.Nature, record.ClosedAt);
    }
}
