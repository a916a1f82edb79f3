using Bogus;

namespace IntakeBot.LoadTest;

/// <summary>
/// Whole intakes as a user types them, taken from the intake's transcript tests (tests/IntakeBot.Intake.Tests/
/// Transcripts 01 and 04), with synthetic names and addresses (Bogus, locale nl). Each ends with a submitted case.
/// </summary>
internal static class IntakeScripts
{
    public static IReadOnlyList<string> For(int conversation, Faker faker)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        if (conversation % 2 == 0)
        {
            return
            [
                "hoi", "nl", "jongere", "kracht", "mijn begeleider is echt top, ze helpt me altijd super goed", "klaar", "ja",
                first, "sla over", "sla over", "klopt", "nee",
            ];
        }

        return
        [
            "hoi", "nederlands", "ik ben jong", "krcht", "mn begeleider schreeuwde tegen me en luisterde nie", "ze deed echt gemeen tegen mij",
            "klaar", "ja", "nee", "nee", "mijn begeleider " + faker.Name.FirstName(), "sla over", "vorige week dinsdag", "een gesprek en sorry",
            "ik ben het zelf", first + " " + last, "06 " + faker.Random.Number(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            first.ToLowerInvariant() + "." + conversation.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@example.nl", "ja", "ja", "klopt", "ja", "nee",
        ];
    }

    /// <summary>True for the bot's "thank you" after a submitted case (the last reply of each script).</summary>
    public static bool IsSubmitted(string reply) => reply.Contains("Dank je", StringComparison.Ordinal) || reply.Contains("dank je", StringComparison.Ordinal);
}
