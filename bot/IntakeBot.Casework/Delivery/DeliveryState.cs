namespace IntakeBot.Casework.Delivery;

/// <summary>
/// How delivering one outbox event to one target goes. <see cref="Target"/> is one of <see cref="DeliveryTargets"/>.
/// <see cref="LastError"/> is a short technical reason without personal data (e.g. "SMTP 451", "webhook 503").
/// </summary>
public sealed record DeliveryState(
    long EventId,
    string Reference,
    string OrganisationId,
    string Target,
    int Attempts,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    string? LastError);
