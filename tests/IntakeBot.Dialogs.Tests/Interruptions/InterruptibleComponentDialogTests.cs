using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Interruptions;
using IntakeBot.Dialogs.Tests.Dialogs;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Interruptions;

/// <summary>The command words come from content/interruptions.yaml; none is written here.</summary>
public sealed class InterruptibleComponentDialogTests
{
    private readonly TestAdapter _adapter = new();
    private readonly SampleIntakeDialog _dialog = new([new WordListInterruptionRecognizer(ContentFixtures.InterruptionWords), new CrisisWordRecognizer()]);

    private static string Word(string command, string language = "nl") => ContentFixtures.WordsFor(command, language)[0];

    [Fact]
    public async Task Help_ExplainsAndAsksTheSameQuestionAgain()
    {
        var bot = new DialogTestBot(_dialog);

        await new TestFlow(_adapter, bot.Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send("Sanne").AssertReply(SampleIntakeDialog.AskAge)
            .Send(Word(InterruptionCommands.Help)).AssertReply(SampleIntakeDialog.HelpText).AssertReply(SampleIntakeDialog.AskAge)
            .Send("15").AssertReply(SampleIntakeDialog.AskKind)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AsksThePreviousQuestion_AndTheNewAnswerCounts()
    {
        var bot = new DialogTestBot(_dialog);

        await new TestFlow(_adapter, bot.Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send("Sanne").AssertReply(SampleIntakeDialog.AskAge)
            .Send("15").AssertReply(SampleIntakeDialog.AskKind)
            .Send(Word(InterruptionCommands.Back)).AssertReply(SampleIntakeDialog.AskAge)
            .Send("16").AssertReply(SampleIntakeDialog.AskKind)
            .Send("Idee").AssertReply(SampleIntakeDialog.AskConfirm)
            .Send("ja").AssertReply("Sanne|16|Idee|True")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_AsksItAgain()
    {
        await new TestFlow(_adapter, new DialogTestBot(_dialog).Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send(Word(InterruptionCommands.Back)).AssertReply(SampleIntakeDialog.AskName)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Restart_BeginsAtTheFirstQuestion()
    {
        await new TestFlow(_adapter, new DialogTestBot(_dialog).Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send("Sanne").AssertReply(SampleIntakeDialog.AskAge)
            .Send(Word(InterruptionCommands.Restart)).AssertReply(SampleIntakeDialog.AskName)
            .StartTestAsync();
    }

    [Fact]
    public async Task Stop_CancelsTheDialog()
    {
        var bot = new DialogTestBot(_dialog);

        await new TestFlow(_adapter, bot.Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send(Word(InterruptionCommands.Stop)).AssertNoReply()
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, bot.LastResult!.Status);
        Assert.Contains("\"stack\":[]", await bot.ReadStoredStateAsync(_adapter), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InterruptionCommands.Stop, "en")]
    [InlineData(InterruptionCommands.Help, "en")]
    public async Task EnglishWords_WorkToo(string command, string language)
    {
        await new TestFlow(_adapter, new DialogTestBot(_dialog).Callback)
            .Send("hi").AssertReply(SampleIntakeDialog.AskName)
            .Send(Word(command, language).ToUpperInvariant() + "!")
            .StartTestAsync();

        Assert.Equal([command], _dialog.Interruptions);
    }

    [Fact]
    public async Task CommandWordInsideASentence_IsAnAnswer_NotACommand()
    {
        var sentence = $"ik wil niet {Word(InterruptionCommands.Stop)} met school";

        await new TestFlow(_adapter, new DialogTestBot(_dialog).Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send(sentence).AssertReply(SampleIntakeDialog.AskAge)
            .StartTestAsync();

        Assert.Empty(_dialog.Interruptions);
    }

    [Fact]
    public async Task ApplicationCommands_GoToTheOverride()
    {
        await new TestFlow(_adapter, new DialogTestBot(_dialog).Callback)
            .Send("hoi").AssertReply(SampleIntakeDialog.AskName)
            .Send("Sanne").AssertReply(SampleIntakeDialog.AskAge)
            .Send(CrisisWordRecognizer.Trigger).AssertReply("Bel 112.").AssertReply(SampleIntakeDialog.AskAge)
            .Send("15").AssertReply(SampleIntakeDialog.AskKind)
            .StartTestAsync();
    }

    [Fact]
    public void AWordForTwoCommands_IsRejected()
    {
        var clash = new Dictionary<string, IReadOnlyList<string>> { ["stop"] = ["x"], ["help"] = ["X!"] };

        Assert.Throws<ArgumentException>(() => new InterruptionWords(clash));
    }

    [Fact]
    public void ContentDefinesEveryEngineCommand_InDutchAndEnglish()
    {
        foreach (var command in new[] { InterruptionCommands.Stop, InterruptionCommands.Help, InterruptionCommands.Back, InterruptionCommands.Restart })
        {
            Assert.NotEmpty(ContentFixtures.WordsFor(command, "nl"));
            Assert.NotEmpty(ContentFixtures.WordsFor(command, "en"));
        }
    }

    /// <summary>Stands in for the crisis detector: a recognizer that is not a word list.</summary>
    private sealed class CrisisWordRecognizer : IInterruptionRecognizer
    {
        public const string Trigger = "TEST-CRISIS";

        public ValueTask<Interruption?> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(turnContext.Activity.Text == Trigger ? new Interruption("crisis", Trigger) : null);
    }
}
