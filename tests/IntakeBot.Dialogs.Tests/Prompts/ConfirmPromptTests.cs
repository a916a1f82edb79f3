using System.Text.Json;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = Activity.CreateMessage(PromptHarness.Question),
        RetryPrompt = Activity.CreateMessage(PromptHarness.Retry),
        Choices = [Choice.Of("Klopt"), Choice.Of("Klopt niet")],
    };

    [Theory]
    [InlineData("ja", true)]
    [InlineData("jep", true)]
    [InlineData("jup", true)]
    [InlineData("ok", true)]
    [InlineData("oke", true)]
    [InlineData("Oké!", true)]
    [InlineData("prima", true)]
    [InlineData("zeker", true)]
    [InlineData("jaaa hoor", true)]
    [InlineData("\U0001F44D", true)]
    [InlineData("nee", false)]
    [InlineData("neen", false)]
    [InlineData("nope", false)]
    [InlineData("liever niet", false)]
    [InlineData("\U0001F44E", false)]
    [InlineData("Klopt", true)] // the yes button
    [InlineData("Klopt niet", false)] // the no button
    [InlineData("klopt nie", false)] // the no button, misspelt
    public async Task Dutch_YesAndNo(string answer, bool expected)
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ConfirmPrompt("p"), Options).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("yeah", true)]
    [InlineData("nah", false)]
    [InlineData("no thanks", false)]
    public async Task English_YesAndNo(string answer, bool expected)
    {
        await new TestFlow(new TestAdapter(locale: "en-US"), PromptHarness.Bot(new ConfirmPrompt("p"), Options).Callback)
            .Send("hi").AssertReply(PromptHarness.Question)
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownLocale_FallsBackToDutch()
    {
        await new TestFlow(new TestAdapter(locale: "xx-nonsense"), PromptHarness.Bot(new ConfirmPrompt("p"), Options).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("jep").AssertReply("result: True")
            .StartTestAsync();
    }

    [Fact]
    public async Task BooleanCardValue_IsAnAnswer()
    {
        var submit = new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(false) };

        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ConfirmPrompt("p"), Options).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(submit).AssertReply("result: False")
            .StartTestAsync();
    }

    [Fact]
    public async Task Unclear_GetsTheRetryQuestion_WithTheButtonsAgain()
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new ConfirmPrompt("p"), Options).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("misschien").AssertReply(reply =>
            {
                Assert.Equal(PromptHarness.Retry, reply.Text);
                Assert.Equal(["Klopt", "Klopt niet"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
            })
            .StartTestAsync();
    }
}
