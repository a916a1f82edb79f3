using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Waterfall;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Dialogs;

public sealed class DialogContextTests
{
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task BeginUnknownDialog_IsAClearError()
    {
        var root = new ComponentDialog("root").AddDialog(new WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("bestaat-niet", null, ct)]));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new TestFlow(_adapter, new DialogTestBot(root).Callback).Send("hoi").StartTestAsync());
        Assert.Contains("bestaat-niet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildResult_ReturnsToTheParentStep()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("parent", [
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"child said {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(Child());
        root.AddDialog(new TextPrompt("text"));

        await new TestFlow(_adapter, new DialogTestBot(root).Callback)
            .Send("hoi").AssertReply("child?")
            .Send("appel").AssertReply("child said appel")
            .StartTestAsync();
    }

    [Fact]
    public async Task Replace_EndsTheActiveDialogWithoutResumingTheParent()
    {
        var log = new List<string>();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("parent", [
            (step, ct) => step.BeginDialogAsync("first", null, ct),
            async (step, ct) =>
            {
                log.Add($"parent resumed with {step.Result}");
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(new RecordingDialog("first", log, replaceWith: "second"));
        root.AddDialog(new RecordingDialog("second", log, replaceWith: null));

        await new TestFlow(_adapter, new DialogTestBot(root).Callback).Send("hoi").Send("verder").Send("klaar").StartTestAsync();

        Assert.Equal(["first:begin", "first:end:ReplaceCalled", "second:begin", "second:end:EndCalled", "parent resumed with done"], log);
    }

    [Fact]
    public async Task CancelAll_EndsEveryDialogAsCancelled()
    {
        var log = new List<string>();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("parent", [(step, ct) => step.BeginDialogAsync("child", null, ct)]));
        root.AddDialog(new RecordingDialog("child", log, replaceWith: null));
        var bot = new DialogTestBot(root);
        await new TestFlow(_adapter, bot.Callback).Send("hoi").StartTestAsync();

        var context = new TurnContext(_adapter, _adapter.MakeActivity("stop"));
        var dc = await new DialogSet(bot.DialogState).Add(root).CreateContextAsync(context);
        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Contains("child:end:CancelCalled", log);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task Reprompt_AsksTheActiveQuestionAgain()
    {
        var root = new ComponentDialog("root").AddDialog(Child()).AddDialog(new TextPrompt("text"));
        var bot = new DialogTestBot(root);
        await new TestFlow(_adapter, bot.Callback).Send("hoi").AssertReply("child?").StartTestAsync();

        var context = new TurnContext(_adapter, _adapter.MakeActivity());
        var dc = await new DialogSet(bot.DialogState).Add(root).CreateContextAsync(context);
        await dc.RepromptDialogAsync();

        Assert.Equal("child?", _adapter.GetNextReply()!.Text);
        Assert.Null(_adapter.GetNextReply());
    }

    [Fact]
    public async Task FinishedConversation_StartsAgainOnTheNextMessage()
    {
        var root = new ComponentDialog("root").AddDialog(Child()).AddDialog(new TextPrompt("text"));
        var bot = new DialogTestBot(root);

        await new TestFlow(_adapter, bot.Callback)
            .Send("hoi").AssertReply("child?")
            .Send("appel").AssertNoReply()
            .Send("nog eens").AssertReply("child?")
            .StartTestAsync();
    }

    [Fact]
    public void DuplicateDialogIds_AreRejected()
    {
        var set = new DialogSet().Add(new TextPrompt("p"));

        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("p")));
    }

    private static WaterfallDialog Child() => new("child", [
        (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Activity.CreateMessage("child?") }, ct),
        (step, ct) => step.EndDialogAsync(step.Result, ct),
    ]);

    /// <summary>Logs its lifecycle; on the user's next message it ends with "done" or replaces itself.</summary>
    private sealed class RecordingDialog(string id, List<string> log, string? replaceWith) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            log.Add($"{Id}:begin");
            return Task.FromResult(EndOfTurn);
        }

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
            replaceWith is null ? dc.EndDialogAsync("done", cancellationToken) : dc.ReplaceDialogAsync(replaceWith, null, cancellationToken);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"{Id}:end:{reason}");
            return Task.CompletedTask;
        }
    }
}
