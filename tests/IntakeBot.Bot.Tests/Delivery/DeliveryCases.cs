using Bogus;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>Synthetic cases for delivery tests (Bogus "nl", fixed seed, e-mail only on example.nl).</summary>
internal sealed class DeliveryCases(int seed = 20261122)
{
    private readonly Faker _faker = new("nl") { Random = new Randomizer(seed) };

    public string Name() => _faker.Name.FullName();

    public string Email() => _faker.Internet.Email(provider: "example.nl");

    public IntakeCase Klacht(string organisationId, DateTimeOffset at, bool wantsCopy = false, string language = "nl", Action<Dictionary<string, string>>? fields = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseFieldNames.Name] = Name(),
            [CaseFieldNames.Email] = Email(),
            [CaseFieldNames.Description] = _faker.Lorem.Sentence(8),
            [CaseFieldNames.EventDate] = "2026-11-14",
            [CaseFieldNames.Anonymous] = "false",
            [CaseFieldNames.WantsCopy] = wantsCopy ? "true" : "false",
        };
        fields?.Invoke(values);
        return new IntakeCase(
            CaseReference.New(Kind.Klacht),
            organisationId,
            Kind.Klacht,
            CaseStatus.Nieuw,
            at,
            "directline",
            "gesprek-" + _faker.Random.AlphaNumeric(8),
            language,
            [
                new CaseRouteStep(1, "talk-practitioner", "practitioner", "Je hulpverlener", "in-person", null, null, true),
                new CaseRouteStep(2, "file-complaint", "kracht", "Kracht (klachten)", "email", "klachten@kracht.example", new DateOnly(2026, 11, 23), false),
            ],
            values);
    }

    /// <summary>A CJG Westelijke Mijnstreek klacht with the route the intake builds for it (written complaint, then the commission).</summary>
    public IntakeCase CjgKlacht(DateTimeOffset at, Action<Dictionary<string, string>>? fields = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseFieldNames.Name] = Name(),
            [CaseFieldNames.Address] = _faker.Address.StreetAddress(),
            [CaseFieldNames.City] = _faker.Address.City(),
            [CaseFieldNames.Email] = Email(),
            [CaseFieldNames.Description] = _faker.Lorem.Sentence(10),
            [CaseFieldNames.Employee] = _faker.Name.FirstName(),
            [CaseFieldNames.EventDate] = "2026-11-14",
            [CaseFieldNames.ShouldHaveHappened] = _faker.Lorem.Sentence(6),
            [CaseFieldNames.Anonymous] = "false",
            [CaseFieldNames.WantsCopy] = "false",
        };
        fields?.Invoke(values);
        return new IntakeCase(
            CaseReference.New(Kind.Klacht),
            "cjg-westelijke-mijnstreek",
            Kind.Klacht,
            CaseStatus.Nieuw,
            at,
            "directline",
            "gesprek-" + _faker.Random.AlphaNumeric(8),
            "nl",
            [
                new CaseRouteStep(1, "talk-employee", "employee", "De medewerker", "in-person", null, null, true),
                new CaseRouteStep(2, "talk-manager", "manager", "De leidinggevende van de medewerker", "in-person", null, null, true),
                new CaseRouteStep(3, "written-complaint", "klachtencoordinator", "CJG Westelijke Mijnstreek (klachtencoördinator)", "form", null, new DateOnly(2026, 11, 29), false),
                new CaseRouteStep(4, "external-commission", "provinciale-klachtencommissie", "Provinciale Klachtencommissie", "post", "Provinciale Klachtencommissie, Ruijsstraat 20, 5981 CM Panningen", null, true),
            ],
            values);
    }

    /// <summary>A bezwaar against a decision of the municipality of Den Haag (via Kracht).</summary>
    public IntakeCase Bezwaar(DateTimeOffset at) => new(
        CaseReference.New(Kind.Bezwaar),
        "kracht-den-haag",
        Kind.Bezwaar,
        CaseStatus.Nieuw,
        at,
        "directline",
        "gesprek-" + _faker.Random.AlphaNumeric(8),
        "nl",
        [new CaseRouteStep(1, "file-bezwaar", "gemeente", "Gemeente Den Haag", "form", null, new DateOnly(2026, 12, 24), false)],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseFieldNames.Name] = Name(),
            [CaseFieldNames.Address] = _faker.Address.StreetAddress(),
            [CaseFieldNames.DecisionDate] = "2026-11-12",
            [CaseFieldNames.DecisionReference] = "JZ-" + _faker.Random.Number(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CaseFieldNames.DecisionDescription] = _faker.Lorem.Sentence(5),
            [CaseFieldNames.Grounds] = _faker.Lorem.Sentence(9),
            ["date"] = "2026-11-22",
        });
}
