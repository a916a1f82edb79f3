using Bogus;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff;

/// <summary>Synthetic cases: the one behind Fixtures/staff-case.json, and random ones from Bogus (Dutch, fixed seed).</summary>
internal sealed class StaffCases(int seed)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 15, 30, TimeSpan.FromHours(1));

    private readonly Faker _faker = new("nl") { Random = new Randomizer(seed) };

    /// <summary>The case that Fixtures/staff-case.json shows.</summary>
    public static IntakeCase Fixture() => new(
        "KL-7F3K-9Q",
        "kracht-den-haag",
        Kind.Klacht,
        CaseStatus.Nieuw,
        Start,
        "directline",
        "gesprek-fixture",
        "nl",
        [
            new CaseRouteStep(1, "klachtenfunctionaris", "kracht-klachtenfunctionaris", "Klachtenfunctionaris Kracht", "email", "klachten@kracht.example", new DateOnly(2026, 12, 8), true),
            new CaseRouteStep(2, "klachtencommissie", "kracht-klachtencommissie", "Klachtencommissie", null, null, null, false),
        ],
        new Dictionary<string, string>
        {
            [CaseFieldNames.Name] = "Sanne de Vries",
            [CaseFieldNames.Phone] = "0612345678",
            [CaseFieldNames.Email] = "sanne@example.nl",
            [CaseFieldNames.EventDate] = "2026-11-14",
            [CaseFieldNames.Description] = "Mijn begeleider 😡 luistert niet. ما حدث",
            [CaseFieldNames.DesiredOutcome] = "Een gesprek",
            [CaseFieldNames.Anonymous] = "false",
            [CaseFieldNames.ConsentToShare] = "true",
        });

    public IntakeCase Next(string organisationId, string conversationId, Kind kind = Kind.Signaal, int minutes = 0) => new(
        CaseReference.New(kind),
        organisationId,
        kind,
        CaseStatus.Nieuw,
        Start.AddMinutes(minutes),
        "directline",
        conversationId,
        "nl",
        [new CaseRouteStep(1, "meldpunt", organisationId + "-meldpunt", "Meldpunt", "phone", _faker.Phone.PhoneNumber("070#######"), null, false)],
        new Dictionary<string, string>
        {
            [CaseFieldNames.Name] = _faker.Name.FullName(),
            [CaseFieldNames.Email] = _faker.Internet.Email(),
            [CaseFieldNames.Description] = _faker.Lorem.Sentence(),
        });
}
