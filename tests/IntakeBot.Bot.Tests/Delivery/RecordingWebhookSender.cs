using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>An <see cref="IWebhookSender"/> that keeps what it was asked to send.</summary>
internal sealed class RecordingWebhookSender : IWebhookSender
{
    public List<WebhookNotification> Sent { get; } = [];

    public Task<SendResult> SendAsync(Uri url, string secret, WebhookNotification notification, CancellationToken cancellationToken = default)
    {
        Sent.Add(notification);
        return Task.FromResult(SendResult.Ok);
    }
}
