namespace IntakeBot.Casework.Delivery;

/// <summary>
/// How one send went. <see cref="Error"/> is a short technical reason without personal data ("SMTP 451",
/// "webhook 503", "timeout"), because it is stored in <see cref="DeliveryState.LastError"/> and shown to staff.
/// </summary>
public sealed record SendResult(bool Succeeded, string? Error)
{
    /// <summary>Delivered.</summary>
    public static SendResult Ok { get; } = new(true, null);

    /// <summary>Not delivered, for this reason; the dispatcher retries later.</summary>
    public static SendResult Failed(string reason) => new(false, reason);
}
