namespace IntakeBot.Casework.Delivery;

/// <summary>
/// The dispatcher's configuration. <see cref="StaffBaseUrl"/> (e.g. https://intake.example.nl) makes the link to the
/// case page in e-mails and webhooks; without it they name the reference only. <see cref="BatchSize"/> is how many
/// pending events one pass reads.
/// </summary>
public sealed record DeliverySettings(
    IReadOnlyDictionary<string, OrganisationDelivery> Organisations,
    Uri? StaffBaseUrl = null,
    int BatchSize = 500)
{
    /// <summary>The retry schedule.</summary>
    public RetryBackoff Backoff { get; init; } = RetryBackoff.Default;

    /// <summary>The organisation's delivery, or an empty one (nothing configured).</summary>
    public OrganisationDelivery For(string organisationId) =>
        Organisations.TryGetValue(organisationId, out var delivery) ? delivery : new OrganisationDelivery();

    /// <summary>The staff case page of a reference, or null without <see cref="StaffBaseUrl"/>.</summary>
    public Uri? CaseUrl(string reference) => StaffBaseUrl is null ? null : new Uri(StaffBaseUrl, "staff/cases/" + Uri.EscapeDataString(reference));

    /// <summary>The print-ready letter of a reference, or null without <see cref="StaffBaseUrl"/>.</summary>
    public Uri? LetterUrl(string reference) => StaffBaseUrl is null ? null : new Uri(StaffBaseUrl, "staff/cases/" + Uri.EscapeDataString(reference) + "/letter");
}
