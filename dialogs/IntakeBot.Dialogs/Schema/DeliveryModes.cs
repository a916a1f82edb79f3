namespace IntakeBot.Dialogs.Schema;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies are sent asynchronously to the channel (the default).</summary>
    public const string Normal = "normal";

    /// <summary>Fire and forget: no replies expected.</summary>
    public const string Notification = "notification";

    /// <summary>The replies of the turn are returned in the HTTP response body as <c>{"activities":[…]}</c>.</summary>
    public const string ExpectReplies = "expectReplies";
}
