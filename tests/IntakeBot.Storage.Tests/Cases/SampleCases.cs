using Bogus;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Cases;

/// <summary>Synthetic cases (Bogus, Dutch locale, fixed seed): no real person's data.</summary>
internal sealed class SampleCases(int seed = 7)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 15, 30, TimeSpan.FromHours(1));

    private readonly Faker _faker = new("nl") { Random = new Randomizer(seed) };

    public IntakeCase Next(Kind kind = Kind.Klacht, string organisationId = "kracht-den-haag", string? conversationId = null, DateTimeOffset? createdAt = null) => new(
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
            new CaseRouteStep(1, "klachtenfunctionaris", "kracht-klachtenfunctionaris", "Klachtenfunctionaris Kracht", "email", _faker.Internet.Email(), new DateOnly(2026, 12, 8), true),
            new CaseRouteStep(2, "klachtencommissie", "kracht-klachtencommissie", "Klachtencommissie", "post", _faker.Address.FullAddress(), null, false),
        ],
        Fields: new Dictionary<string, string>
        {
            [CaseFieldNames.Name] = _faker.Name.FullName(),
            [CaseFieldNames.Phone] = _faker.Phone.PhoneNumber("06########"),
            [CaseFieldNames.Email] = _faker.Internet.Email(),
            [CaseFieldNames.Address] = _faker.Address.StreetAddress(),
            [CaseFieldNames.Description] = _faker.Lorem.Paragraph(),
            [CaseFieldNames.EventDate] = "2026-11-14",
            [CaseFieldNames.Anonymous] = "false",
        });
}
