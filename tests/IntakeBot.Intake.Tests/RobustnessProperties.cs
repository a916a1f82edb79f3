using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>Whatever a user types, in whatever order, the bot answers every message and never throws.</summary>
public sealed class RobustnessProperties
{
    private static readonly string[] Vocabulary =
    [
        "hoi", "ja", "nee", "klaar", "stop", "terug", "hulp", "opnieuw", "english", "nederlands", "1", "2", "3", "sla over",
        "kracht", "blijf", "weet ik niet", "intrekken", "KL-7F3K-9Q", "7KQ4-MX9P", "ik wil niet meer leven", "wijzig mijn naam",
        "mijn begeleider schreeuwt", "0612345678", "a@b.nl", "gisteren", "bewaren", "wissen", "verder", "", "   ", "🙂",
        "مرحبا", "\u0000\u0001", new string('x', 5000), "Klopt", "Iets veranderen", "Ik ben jong",
    ];

    [Fact]
    public void Random_conversations_always_get_an_answer_and_never_throw()
    {
        var messages = Gen.ListOf(Gen.Elements(Vocabulary)).Select(l => l.Take(40).ToArray()).ToArbitrary();
        Prop.ForAll(messages, lines =>
        {
            var chat = new IntakeChat();
            foreach (var line in lines)
            {
                var replies = chat.SendAsync(line).GetAwaiter().GetResult();
                if (replies.Count == 0 && !string.IsNullOrWhiteSpace(line))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
