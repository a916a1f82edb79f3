namespace IntakeBot.Casework.Delivery;

/// <summary>Where one organisation wants to hear about its cases: an e-mail address, a webhook, both or neither.</summary>
public sealed record OrganisationDelivery(string? Email = null, Uri? WebhookUrl = null, string? WebhookSecret = null);
