using System.Text.Json.Serialization;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>
/// A case as the staff API returns it (issue 5 item 10): <c>kind</c> and <c>status</c> by their Dutch names
/// ("klacht", "nieuw"), <c>createdAt</c> and <c>withdrawnAt</c> as ISO 8601 with offset, <c>fields</c> as an object of
/// named strings (see <see cref="CaseFieldNames"/>).
/// </summary>
public sealed record StaffCase(
    string Reference,
    string OrganisationId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Kind>))] Kind Kind,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))] CaseStatus Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<StaffRouteStep> Route,
    IReadOnlyDictionary<string, string> Fields,
    string ConversationId,
    string Language,
    DateTimeOffset? WithdrawnAt)
{
    /// <summary>The API shape of a stored case.</summary>
    public static StaffCase From(IntakeCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new StaffCase(
            c.Reference,
            c.OrganisationId,
            c.Kind,
            c.Status,
            c.CreatedAt,
            [.. c.Route.Select(s => new StaffRouteStep(s.Order, s.StepId, s.DestinationId, s.Name, s.Channel, s.Contact, s.Deadline, s.Skippable))],
            c.Fields,
            c.ConversationId,
            c.Language,
            c.WithdrawnAt);
    }
}
