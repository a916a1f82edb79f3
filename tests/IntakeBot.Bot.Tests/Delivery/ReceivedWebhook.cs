namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>One call a <see cref="WebhookReceiver"/> got, and whether its signature was valid.</summary>
internal sealed record ReceivedWebhook(string Body, string Timestamp, string Signature, string EventId, bool SignatureValid);
