using System.Text.Json;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task Question_ExpectsInput_AndBlankAnswerGetsTheSecondWording()
    {
        var bot = PromptHarness.Bot(new TextPrompt("p"));

        await new TestFlow(new TestAdapter(), bot.Callback)
            .Send("hoi").AssertReply(reply =>
            {
                Assert.Equal(PromptHarness.Question, reply.Text);
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            })
            .Send("   ").AssertReply(PromptHarness.Retry)
            .Send("Sanne").AssertReply("result: Sanne")
            .StartTestAsync();
    }

    [Fact]
    public async Task AnswerAsCardValue_WithoutText_IsAccepted()
    {
        var bot = PromptHarness.Bot(new TextPrompt("p"));
        var submit = new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(new { answer = "via kaart" }) };

        await new TestFlow(new TestAdapter(channelId: "msteams", conversationType: "personal"), bot.Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(submit).AssertReply("result: via kaart")
            .StartTestAsync();
    }

    [Fact]
    public async Task ValidatorSeesAttemptCount_AndThePromptGivesUp_AfterMaxAttempts()
    {
        var attempts = new List<int>();
        var bot = PromptHarness.Bot(new TextPrompt("p", (prompt, ct) =>
        {
            attempts.Add(prompt.AttemptCount);
            return Task.FromResult(false);
        }));

        await new TestFlow(new TestAdapter(), bot.Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("a").AssertReply(PromptHarness.Retry)
            .Send("b").AssertReply(PromptHarness.Retry)
            .Send("c").AssertReply("gave up after 3")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task MaxAttempts_IsConfigurable()
    {
        var bot = PromptHarness.Bot(
            new TextPrompt("p", (_, _) => Task.FromResult(false)),
            new PromptOptions { Prompt = Activity.CreateMessage(PromptHarness.Question), MaxAttempts = 1 });

        await new TestFlow(new TestAdapter(), bot.Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("a").AssertReply("gave up after 1")
            .StartTestAsync();
    }

    [Fact]
    public async Task ValidatorThatExplains_PreventsADoubleMessage()
    {
        var bot = PromptHarness.Bot(new TextPrompt("p", async (prompt, ct) =>
        {
            if (prompt.Recognized.Value!.Length < 2)
            {
                await prompt.Context.SendActivityAsync("Te kort.", cancellationToken: ct);
                return false;
            }

            return true;
        }));

        await new TestFlow(new TestAdapter(), bot.Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("x").AssertReply("Te kort.").AssertNoReply()
            .Send("xy").AssertReply("result: xy")
            .StartTestAsync();
    }

    [Fact]
    public async Task NonMessageActivities_DoNotCountAsAnswers()
    {
        var bot = PromptHarness.Bot(new TextPrompt("p"));

        await new TestFlow(new TestAdapter(), bot.Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply()
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" }).AssertNoReply()
            .Send("antwoord").AssertReply("result: antwoord")
            .StartTestAsync();
    }

    [Fact]
    public async Task PromptWithoutOptions_IsAClearError()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new Waterfall.WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("p", "geen opties", ct)]));
        root.AddDialog(new TextPrompt("p"));
        var bot = new DialogTestBot(root);

        await Assert.ThrowsAsync<ArgumentException>(() => new TestFlow(new TestAdapter(), bot.Callback).Send("hoi").StartTestAsync());
    }
}
