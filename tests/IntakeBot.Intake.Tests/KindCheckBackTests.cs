using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>
/// "terug" after saying no to the proposed kind asks the same check again (found by
/// <see cref="RobustnessProperties"/>: the proposal was gone, and "ja" to the check threw).
/// </summary>
public sealed class KindCheckBackTests
{
    private static readonly string[] ToTheCheck =
    [
        "hoi", "nederlands", "ik ben jong", "krcht", "mn begeleider schreeuwde tegen me en luisterde nie", "klaar",
    ];

    [Fact]
    public async Task Back_after_declining_the_proposal_asks_the_same_check_and_yes_takes_the_proposal()
    {
        var chat = new IntakeChat();
        IReadOnlyList<Dialogs.Schema.Activity> check = [];
        foreach (var line in ToTheCheck)
        {
            check = await chat.SendAsync(line);
        }

        var choose = await chat.SendAsync("nee");
        var again = await chat.SendAsync("terug");
        var next = await chat.SendAsync("ja");

        Assert.Contains("Dat heet een klacht. Klopt dat?", check[^1].Text, StringComparison.Ordinal);
        Assert.Contains("(bezwaar)", choose[^1].Text, StringComparison.Ordinal);
        Assert.Equal(check[^1].Text, Assert.Single(again).Text);
        Assert.Contains("Heb je er al over gepraat", next[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conversation_the_property_found_gets_an_answer_to_every_message()
    {
        string[] lines =
        [
            "intrekken", "ik wil niet meer leven", "Iets veranderen", "Ik ben jong", "intrekken", "7KQ4-MX9P", "Ik ben jong", "مرحبا",
            "mijn begeleider schreeuwt", "english", "hoi", "ja", "weet ik niet", "intrekken", "0612345678", "7KQ4-MX9P", "sla over",
            "bewaren", "Iets veranderen", "weet ik niet", "kracht", "mijn begeleider schreeuwt", "2", "Ik ben jong", "مرحبا", "klaar",
            "nee", "Ik ben jong", "\u0000\u0001", "terug", "klaar", "1", "ik wil niet meer leven", "klaar", "ja", "7KQ4-MX9P", "1",
            "opnieuw", "nederlands", "sla over",
        ];
        var chat = new IntakeChat();
        foreach (var line in lines)
        {
            Assert.NotEmpty(await chat.SendAsync(line));
        }
    }
}
