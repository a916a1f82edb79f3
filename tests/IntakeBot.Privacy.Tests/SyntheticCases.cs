using System.Globalization;
using Bogus;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Privacy.Tests;

/// <summary>Synthetic cases with Dutch-looking names (Bogus "nl"), e-mail at example.nl and phone numbers in an unissued range.</summary>
internal sealed class SyntheticCases(int seed = 7)
{
    public const string Kracht = "kracht-den-haag";
    public const string Blijf = "blijf-groep";
    public const string VeiligThuis = "veilig-thuis-hollands-midden";

    private readonly Faker _faker = new("nl") { Random = new Randomizer(seed) };
    private int _counter;

    public IntakeCase Make(string organisationId, DateTimeOffset createdAt, Kind kind = Kind.Klacht, string? conversationId = null, string channel = "webchat")
    {
        _counter++;
        var name = _faker.Name.FullName();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseFieldNames.Name] = name,
            [CaseFieldNames.Email] = string.Create(CultureInfo.InvariantCulture, $"persoon{_counter}.{_faker.Random.AlphaNumeric(6)}@example.nl"),
            [CaseFieldNames.Phone] = string.Create(CultureInfo.InvariantCulture, $"0600000{_faker.Random.Number(100, 999)}"),
            [CaseFieldNames.Description] = "Mijn begeleider kwam drie keer niet opdagen.",
        };
        return new IntakeCase(
            CaseReference.New(kind), organisationId, kind, CaseStatus.Nieuw, createdAt, channel,
            conversationId ?? "conv-" + Guid.NewGuid().ToString("N"), "nl",
            [new CaseRouteStep(1, "file", "klachtenfunctionaris", "Klachtenfunctionaris", "email", "klachten@example.nl", DateOnly.FromDateTime(createdAt.UtcDateTime.AddDays(5)), false)],
            fields);
    }
}
