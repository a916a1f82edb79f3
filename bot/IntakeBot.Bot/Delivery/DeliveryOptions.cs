using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// Configuration section "Delivery": who gets told about new and withdrawn cases, over which SMTP server, how often the
/// outbox is read, and the public address of the staff area that links in e-mails point to.
/// </summary>
public sealed class DeliveryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Delivery";

    /// <summary>Per organisation id (file name in content/organisations).</summary>
    public Dictionary<string, OrganisationDeliveryOptions> Organisations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often the outbox is read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The staff area's public address, e.g. https://intake.example.nl/. Links are left out without it.</summary>
    public Uri? StaffBaseUrl { get; set; }

    /// <summary>How long one webhook call may take.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The SMTP server.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The problems of this configuration, empty when it is usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            yield return "Delivery:PollInterval must be positive.";
        }

        if (StaffBaseUrl is { } baseUrl && (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)))
        {
            yield return "Delivery:StaffBaseUrl must be an absolute http(s) address.";
        }

        foreach (var (id, organisation) in Organisations)
        {
            if (organisation.WebhookUrl is { } url)
            {
                if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                {
                    yield return $"Delivery:Organisations:{id}:WebhookUrl must be an absolute http(s) address.";
                }

                if (organisation.WebhookSecret is not { Length: >= 32 })
                {
                    yield return $"Delivery:Organisations:{id}:WebhookSecret must be set (at least 32 characters) when WebhookUrl is.";
                }
            }
        }
    }

    /// <summary>The dispatcher's view of this configuration.</summary>
    public DeliverySettings ToSettings()
    {
        var baseUrl = StaffBaseUrl is { } url && !url.AbsoluteUri.EndsWith('/') ? new Uri(url.AbsoluteUri + "/") : StaffBaseUrl;
        return new DeliverySettings(
            Organisations.ToDictionary(
                pair => pair.Key,
                pair => new OrganisationDelivery(pair.Value.Email, pair.Value.WebhookUrl, pair.Value.WebhookSecret),
                StringComparer.Ordinal),
            baseUrl);
    }
}
