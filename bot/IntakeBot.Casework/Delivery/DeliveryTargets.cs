namespace IntakeBot.Casework.Delivery;

/// <summary>The values of <see cref="DeliveryState.Target"/>.</summary>
public static class DeliveryTargets
{
    /// <summary>A notification e-mail to the organisation.</summary>
    public const string Email = "email";

    /// <summary>A signed webhook call to the organisation's system.</summary>
    public const string Webhook = "webhook";

    /// <summary>A copy of the case to the person who submitted it (when they asked).</summary>
    public const string UserCopy = "user-copy";
}
