namespace IntakeBot.Casework.Delivery;

/// <summary>
/// What a webhook receiver is told: which event, which case, and where staff read it. No field of the case and no
/// personal data: the receiver fetches the case through the staff API when it needs more.
/// <see cref="Kind"/> and <see cref="Status"/> are the JSON names ("klacht", "nieuw").
/// </summary>
public sealed record WebhookNotification(
    long EventId,
    string Event,
    string Reference,
    string OrganisationId,
    string Kind,
    string Status,
    DateTimeOffset CreatedAt,
    Uri? CaseUrl);
