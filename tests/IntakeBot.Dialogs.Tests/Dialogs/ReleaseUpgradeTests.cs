using System.Text;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Dialogs.Waterfall;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Dialogs;

/// <summary>Conversations that started on an earlier release continue on the next one, or start over cleanly; never a crash.</summary>
public sealed class ReleaseUpgradeTests
{
    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new(conversationId: "upgrade");

    [Fact]
    public async Task StateWrittenByAnEarlierRelease_StillLoads()
    {
        // Written by release 1 after "hoi" and "Sanne": waiting for the age question.
        var fixture = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "State", "dialog-state-v1.json"));
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/conversations/upgrade"] = new StoreItem(fixture, null) });
        var bot = new DialogTestBot(new SampleIntakeDialog([]), _storage);

        await new TestFlow(_adapter, bot.Callback)
            .Send("15").AssertReply(SampleIntakeDialog.AskKind)
            .Send("Idee").AssertReply(SampleIntakeDialog.AskConfirm)
            .Send("ja").AssertReply("Sanne|15|Idee|True")
            .StartTestAsync();
    }

    [Fact]
    public async Task InsertedStep_TheConversationContinuesAfterTheAnsweredStep()
    {
        await new TestFlow(_adapter, Bot(Steps.First, Steps.Second).Callback).Send("hoi").AssertReply("first?").StartTestAsync();

        await new TestFlow(_adapter, Bot(Steps.First, Steps.Inserted, Steps.Second).Callback)
            .Send("antwoord").AssertReply("inserted?")
            .StartTestAsync();
    }

    [Fact]
    public async Task RemovedStep_StartsTheWaterfallAgain_KeepingItsValues()
    {
        var oldBot = Bot(Steps.First, Steps.Second, Steps.Third);
        await new TestFlow(_adapter, oldBot.Callback).Send("hoi").AssertReply("first?").Send("een").AssertReply("second?").StartTestAsync();

        var newBot = Bot(Steps.First, Steps.Third);
        await new TestFlow(_adapter, newBot.Callback)
            .Send("twee").AssertReply("first? (known: een)")
            .StartTestAsync();
    }

    [Fact]
    public async Task RenamedDialog_TheComponentStartsAgain()
    {
        var oldRoot = new ComponentDialog("root").AddDialog(new WaterfallDialog("old", [Steps.First, Steps.Second])).AddDialog(new TextPrompt("text"));
        await new TestFlow(_adapter, new DialogTestBot(oldRoot, _storage).Callback).Send("hoi").AssertReply("first?").StartTestAsync();

        var newRoot = new ComponentDialog("root").AddDialog(new WaterfallDialog("new", [Steps.First, Steps.Second])).AddDialog(new TextPrompt("text"));
        await new TestFlow(_adapter, new DialogTestBot(newRoot, _storage).Callback).Send("antwoord").AssertReply("first?").StartTestAsync();
    }

    [Theory]
    [InlineData("""{"dialogState":"kapot"}""")]
    [InlineData("""{"dialogState":{"version":1,"stack":[{"state":{}}]}}""")]
    [InlineData("""{"dialogState":{"version":99,"stack":[{"id":"root","state":{}}]}}""")]
    [InlineData("""{"dialogState":{"version":1,"stack":[{"id":"root","state":{"stack":[{"id":"w","state":{"stepIndex":"x"}}]}}]}}""")]
    public async Task UnreadableState_StartsOver(string stored)
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/conversations/upgrade"] = new StoreItem(Encoding.UTF8.GetBytes(stored), null) });
        var root = new ComponentDialog("root").AddDialog(new WaterfallDialog("w", [Steps.First, Steps.Second])).AddDialog(new TextPrompt("text"));

        await new TestFlow(_adapter, new DialogTestBot(root, _storage).Callback).Send("hoi").AssertReply("first?").StartTestAsync();
    }

    private DialogTestBot Bot(params WaterfallStep[] steps) =>
        new(new ComponentDialog("root").AddDialog(new WaterfallDialog("w", steps)).AddDialog(new TextPrompt("text")), _storage);

    /// <summary>Named steps, as production dialogs use: the names are what a new release finds again.</summary>
    private static class Steps
    {
        public static Task<DialogTurnResult> First(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var known = step.Values.Get<string>("first");
            return Ask(step, known is null ? "first?" : $"first? (known: {known})", cancellationToken);
        }

        public static Task<DialogTurnResult> Inserted(WaterfallStepContext step, CancellationToken cancellationToken) =>
            Ask(step, "inserted?", cancellationToken);

        public static Task<DialogTurnResult> Second(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Values.Set("first", (string)step.Result!);
            return Ask(step, "second?", cancellationToken);
        }

        public static Task<DialogTurnResult> Third(WaterfallStepContext step, CancellationToken cancellationToken) =>
            Ask(step, "third?", cancellationToken);

        private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string question, CancellationToken cancellationToken) =>
            step.PromptAsync("text", new PromptOptions { Prompt = Activity.CreateMessage(question) }, cancellationToken);
    }
}
