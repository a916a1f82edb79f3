namespace IntakeBot.Bot.Delivery;

/// <summary>One organisation's delivery ("Delivery:Organisations:&lt;id&gt;"): an e-mail address and/or a signed webhook.</summary>
public sealed class OrganisationDeliveryOptions
{
    /// <summary>Where notification e-mails go, e.g. klachten@organisation.example.nl.</summary>
    public string? Email { get; set; }

    /// <summary>The webhook (https) that receives signed JSON notifications.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The shared secret the webhook signature is made with (at least 32 characters).</summary>
    public string? WebhookSecret { get; set; }
}
