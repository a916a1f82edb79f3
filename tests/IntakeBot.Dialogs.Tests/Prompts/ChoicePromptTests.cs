using System.Globalization;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly IReadOnlyList<Choice> Kinds =
    [
        Choice.Of("Compliment", "complimentje", "iets goeds"),
        Choice.Of("Klacht", "klagen"),
        Choice.Of("Signaal", "melding"),
        Choice.Of("Bezwaar"),
    ];

    private static PromptOptions Options(IReadOnlyList<Choice>? choices = null) => new()
    {
        Prompt = Activity.CreateMessage(PromptHarness.Question),
        RetryPrompt = Activity.CreateMessage(PromptHarness.Retry),
        Choices = choices ?? Kinds,
    };

    [Theory]
    [InlineData("Klacht", "Klacht")]
    [InlineData("klacht", "Klacht")]
    [InlineData("2", "Klacht")]
    [InlineData("nummer 2", "Klacht")]
    [InlineData("2e", "Klacht")]
    [InlineData("klagen", "Klacht")] // synonym
    [InlineData("ik wil een klacht indienen", "Klacht")] // inside a sentence
    [InlineData("ik heb een klacht", "Klacht")] // "een" is never choice 1
    [InlineData("klagt", "Klacht")] // typo
    [InlineData("komplimentt", "Compliment")] // typos
    [InlineData("geen klacht maar een compliment", "Compliment")] // negation
    [InlineData("ik wil iets goeds zeggen", "Compliment")] // multi-word synonym
    [InlineData("bezwaar!!", "Bezwaar")]
    public async Task Answers_AreMatchedToTheRightChoice(string answer, string expected)
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ChoicePrompt("p"), Options()).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("een")] // the article alone is not choice 1
    [InlineData("5")] // out of range
    [InlineData("0")]
    [InlineData("klacht of compliment")] // two choices equally: ask, do not guess
    [InlineData("weet ik niet")]
    public async Task UnclearAnswers_AreAskedAgain(string answer)
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ChoicePrompt("p"), Options()).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(answer).AssertReply(PromptHarness.Retry)
            .StartTestAsync();
    }

    [Fact]
    public async Task OrdinalWords_UseTheGivenRecognizer()
    {
        static int? Ordinal(string text, CultureInfo culture) => text.Trim() == "de tweede" ? 2 : null;

        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ChoicePrompt("p", ordinalRecognizer: Ordinal), Options()).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("de tweede").AssertReply("result: Klacht")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("directline", null, 4, false)]
    [InlineData("webchat", null, 4, false)]
    [InlineData("msteams", "personal", 3, false)]
    [InlineData("msteams", "personal", 4, true)] // Teams shows at most 3 suggested actions
    [InlineData("msteams", "groupChat", 2, true)] // and none outside personal chats
    [InlineData("somethingelse", null, 2, true)]
    public async Task Choices_AreRenderedAsTheChannelAllows(string channel, string? conversationType, int count, bool expectCard)
    {
        var adapter = new TestAdapter(channelId: channel, conversationType: conversationType);

        await new TestFlow(adapter, PromptHarness.Bot(new ChoicePrompt("p"), Options([.. Kinds.Take(count)])).Callback)
            .Send("hoi").AssertReply(reply =>
            {
                if (expectCard)
                {
                    Assert.Null(reply.SuggestedActions);
                    var card = Assert.Single(reply.Attachments!);
                    Assert.Equal(ChoiceFactory.HeroCardContentType, card.ContentType);
                    Assert.Equal(count, card.Content!.Value.GetProperty("buttons").GetArrayLength());
                }
                else
                {
                    Assert.Equal(count, reply.SuggestedActions!.Actions!.Count);
                    Assert.All(reply.SuggestedActions.Actions!, a => Assert.Equal(ActionTypes.ImBack, a.Type));
                }
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ListStyleNone_ShowsNoButtons()
    {
        var options = Options() with { Style = ListStyle.None };

        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ChoicePrompt("p"), options).Callback)
            .Send("hoi").AssertReply(reply =>
            {
                Assert.Null(reply.SuggestedActions);
                Assert.Null(reply.Attachments);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TeamsCardButtonValue_IsAnAnswer()
    {
        var submit = new Activity { Type = ActivityTypes.Message, Value = System.Text.Json.JsonSerializer.SerializeToElement(new { choice = "Signaal" }) };

        await new TestFlow(new TestAdapter(channelId: "msteams", conversationType: "personal"), PromptHarness.Bot(new ChoicePrompt("p"), Options()).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(submit).AssertReply("result: Signaal")
            .StartTestAsync();
    }
}
