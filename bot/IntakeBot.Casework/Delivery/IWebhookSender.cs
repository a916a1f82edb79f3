namespace IntakeBot.Casework.Delivery;

/// <summary>Calls an organisation's webhook, signed with its secret. Reports failures as a result; only cancellation throws.</summary>
public interface IWebhookSender
{
    /// <summary>POSTs the notification to <paramref name="url"/> once.</summary>
    Task<SendResult> SendAsync(Uri url, string secret, WebhookNotification notification, CancellationToken cancellationToken = default);
}
