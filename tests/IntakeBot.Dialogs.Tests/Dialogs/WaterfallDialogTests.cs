using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Waterfall;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_RunInOrder_WithPromptResultsAndValues()
    {
        var bot = new DialogTestBot(new SampleIntakeDialog([]));
        var adapter = new TestAdapter();

        await new TestFlow(adapter, bot.Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send("Sanne").AssertReply(SampleIntakeDialog.AskAge)
            .Send("15").AssertReply(reply => Assert.Equal(SampleIntakeDialog.AskKind, reply.Text))
            .Send("Klacht").AssertReply(SampleIntakeDialog.AskConfirm)
            .Send("jep").AssertReply("Sanne|15|Klacht|True")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
        Assert.Equal("Sanne|15|Klacht|True", bot.LastResult.Result);
    }

    [Fact]
    public async Task NextAsync_ChainsSteps_AndCannotBeCalledTwice()
    {
        InvalidOperationException? second = null;
        var waterfall = new WaterfallDialog("w", [
            async (step, ct) =>
            {
                var result = await step.NextAsync("a", ct);
                second = await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync("b", ct));
                return result;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var bot = new DialogTestBot(waterfall);

        await new TestFlow(new TestAdapter(), bot.Callback).Send("hoi").AssertReply("got a").StartTestAsync();

        Assert.NotNull(second);
    }

    [Fact]
    public async Task Options_AreAvailableTyped_InLaterTurns()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("inner", new Greeting("Sanne", 3), ct)]));
        root.AddDialog(new WaterfallDialog("inner", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Activity.CreateMessage("?") }, ct),
            async (step, ct) =>
            {
                var options = step.GetOptions<Greeting>()!;
                await step.Context.SendActivityAsync($"{options.Name} {options.Times}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(new TextPrompt("text"));
        var bot = new DialogTestBot(root);

        await new TestFlow(new TestAdapter(), bot.Callback)
            .Send("hoi").AssertReply("?")
            .Send("ok").AssertReply("Sanne 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task StoredState_HasNoClrTypeNames()
    {
        var bot = new DialogTestBot(new SampleIntakeDialog([]));
        var adapter = new TestAdapter();

        await new TestFlow(adapter, bot.Callback).Send("hoi").Send("Sanne").StartTestAsync();

        var json = await bot.ReadStoredStateAsync(adapter);
        Assert.Contains("\"name\":\"Sanne\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain("IntakeBot.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", json, StringComparison.Ordinal);
    }

    private sealed record Greeting(string Name, int Times);
}
