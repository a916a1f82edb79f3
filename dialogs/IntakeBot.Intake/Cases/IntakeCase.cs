using IntakeBot.Content.Model;

namespace IntakeBot.Intake.Cases;

/// <summary>
/// A submitted message: a klacht, bezwaar, signaal, compliment or idee, with its route and the fields the
/// organisation's regulation asks for. <see cref="Reference"/> is the short code the user keeps (e.g. KL-7F3K-9Q).
/// </summary>
public sealed record IntakeCase(
    string Reference,
    string OrganisationId,
    Kind Kind,
    CaseStatus Status,
    DateTimeOffset CreatedAt,
    string ChannelId,
    string ConversationId,
    string Language,
    IReadOnlyList<CaseRouteStep> Route,
    IReadOnlyDictionary<string, string> Fields,
    DateTimeOffset? WithdrawnAt = null);
