using Bogus;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Tests;

/// <summary>Synthetic cases (Bogus, Dutch locale, fixed seed): no real person's data.</summary>
internal sealed class CaseSamples(int seed = 11)
{
    /// <summary>Sunday 22 November 2026, 10:15 in Amsterdam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 15, 0, TimeSpan.FromHours(1));

    private readonly Faker _faker = new("nl") { Random = new Randomizer(seed) };

    public IntakeCase Next(
        Kind kind = Kind.Klacht,
        string organisationId = "kracht-den-haag",
        DateTimeOffset? createdAt = null,
        DateOnly? deadline = null,
        bool anonymous = false,
        string? conversationId = null) => new(
        Reference: CaseReference.New(kind),
        OrganisationId: organisationId,
        Kind: kind,
        Status: CaseStatus.Nieuw,
        CreatedAt: createdAt ?? Start,
        ChannelId: "directline",
        ConversationId: conversationId ?? _faker.Random.AlphaNumeric(22),
        Language: "nl",
        Route:
        [
            new CaseRouteStep(1, "klachtenfunctionaris", "kracht-klachtenfunctionaris", "Klachtenfunctionaris", "email", _faker.Internet.Email(provider: "example.org"), deadline ?? new DateOnly(2026, 12, 8), true),
            new CaseRouteStep(2, "klachtencommissie", "kracht-klachtencommissie", "Klachtencommissie", "post", null, new DateOnly(2027, 1, 20), false),
        ],
        Fields: new Dictionary<string, string>
        {
            [CaseFieldNames.Name] = _faker.Name.FullName(),
            [CaseFieldNames.Email] = _faker.Internet.Email(provider: "example.org"),
            [CaseFieldNames.Description] = _faker.Lorem.Sentence(),
            [CaseFieldNames.Anonymous] = anonymous ? "true" : "false",
        });
}
