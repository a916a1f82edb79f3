using Bogus;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Testing.Cases;

/// <summary>
/// Synthetic intake cases for the store, register and casework tests (Bogus, Dutch locale, fixed seed): no real
/// person's data. Every case carries the fields the stores protect, a description with emoji and right-to-left text,
/// and a two-step route whose first deadline the tests may choose.
/// </summary>
public sealed class SampleCases(int seed = 23)
{
    /// <summary>Sunday 22 November 2026, 10:15 in Amsterdam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 15, 0, TimeSpan.FromHours(1));

    private readonly Faker _faker = new("nl") { Random = new Randomizer(seed) };

    /// <summary>A new case (status Nieuw, channel directline, language nl) with a fresh reference.</summary>
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
            new CaseRouteStep(1, "klachtenfunctionaris", organisationId + "-klachtenfunctionaris", "Klachtenfunctionaris", "email", _faker.Internet.Email(provider: "example.org"), deadline ?? new DateOnly(2026, 12, 8), true),
            new CaseRouteStep(2, "klachtencommissie", organisationId + "-klachtencommissie", "Klachtencommissie", "post", _faker.Address.FullAddress(), null, false),
        ],
        Fields: new Dictionary<string, string>
        {
            [CaseFieldNames.Name] = _faker.Name.FullName(),
            [CaseFieldNames.Phone] = _faker.Phone.PhoneNumber("06########"),
            [CaseFieldNames.Email] = _faker.Internet.Email(provider: "example.org"),
            [CaseFieldNames.Address] = _faker.Address.StreetAddress(),
            [CaseFieldNames.Description] = _faker.Lorem.Sentence() + " 😢 مرحبا",
            [CaseFieldNames.EventDate] = "2026-11-14",
            [CaseFieldNames.Anonymous] = anonymous ? "true" : "false",
        });
}
