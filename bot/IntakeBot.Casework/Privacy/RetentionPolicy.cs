using IntakeBot.Content;

namespace IntakeBot.Casework.Privacy;

/// <summary>
/// How long cases and transcripts are kept: per organisation the years its regulation states (Kracht 2, Blijf Groep 5),
/// otherwise <see cref="PrivacyOptions.DefaultRetentionYears"/>; chats that never became a case for
/// <see cref="PrivacyOptions.AbandonedTranscriptDays"/>. Retention starts when a case is closed.
/// </summary>
public sealed class RetentionPolicy
{
    private readonly IReadOnlyDictionary<string, int> _yearsByOrganisation;
    private readonly PrivacyOptions _options;

    /// <summary>Reads each organisation's <c>retention.years</c> from the content.</summary>
    public RetentionPolicy(ContentCatalog catalog, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _yearsByOrganisation = catalog.Organisations.Values.ToDictionary(
            organisation => organisation.Id,
            organisation => organisation.Retention is { Stated: true, Years: > 0 and var years } ? years : options.DefaultRetentionYears,
            StringComparer.Ordinal);
    }

    /// <summary>The organisations whose cases retention looks at, in a stable order.</summary>
    public IReadOnlyList<string> OrganisationIds => [.. _yearsByOrganisation.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The years an organisation's closed cases are kept (the default for an unknown organisation).</summary>
    public int YearsFor(string organisationId) =>
        _yearsByOrganisation.TryGetValue(organisationId, out var years) ? years : _options.DefaultRetentionYears;

    /// <summary>Cases whose retention started before this moment are due for deletion at <paramref name="now"/>.</summary>
    public DateTimeOffset CaseCutoff(string organisationId, DateTimeOffset now) => now.AddYears(-YearsFor(organisationId));

    /// <summary>Conversations without a case whose last entry is before this moment are due at <paramref name="now"/>.</summary>
    public DateTimeOffset AbandonedCutoff(DateTimeOffset now) => now.AddDays(-_options.AbandonedTranscriptDays);
}
