using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Dialogs.Interruptions;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Tests.Dialogs;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Properties;

/// <summary>
/// Random sequences of answers, nonsense, card values, non-message activities and interruptions never throw,
/// always leave a stored stack whose every dialog exists, and never stop the conversation from completing.
/// </summary>
public sealed class DialogStackPropertyTests
{
    private static readonly string[] Commands = [InterruptionCommands.Stop, InterruptionCommands.Help, InterruptionCommands.Back, InterruptionCommands.Restart];

    private static readonly HashSet<string> KnownDialogIds = ["SampleIntakeDialog", "intake", "TextPrompt", "NumberPrompt", "ChoicePrompt", "ConfirmPrompt"];

    private static Gen<Activity> Inputs()
    {
        var text = Gen.OneOf(
            Gen.Elements("Sanne", "15", "200", "Klacht", "2", "een", "ja", "nee", "misschien", "", "   ", "\U0001F44D", "\u202Eklacht", "\0\u0001", new string('x', 5000)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements(Commands).Select(command => ContentFixtures.WordsFor(command, "nl")[0]));
        var messages = text.Select(t => new Activity { Type = ActivityTypes.Message, Text = t });
        var others = Gen.Elements(
            new Activity { Type = ActivityTypes.Typing },
            new Activity { Type = ActivityTypes.Event, Name = "webchat/join" },
            new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(new { choice = "Idee" }) },
            new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(true) },
            new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(new[] { 1, 2 }) });
        return Gen.Frequency((6, messages), (1, others));
    }

    [Fact]
    public void RandomConversations_NeverThrow_AndNeverCorruptTheStack()
    {
        var property = Prop.ForAll(Inputs().ListOf().ToArbitrary(), inputs => RunAsync(inputs).GetAwaiter().GetResult());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    private static async Task<bool> RunAsync(IEnumerable<Activity> inputs)
    {
        var dialog = new SampleIntakeDialog([new WordListInterruptionRecognizer(ContentFixtures.InterruptionWords)]);
        var bot = new DialogTestBot(dialog);
        var adapter = new TestAdapter();
        string? lastText = null;
        foreach (var input in inputs)
        {
            await adapter.SendActivityToBotAsync(input, bot.Callback);
            lastText = LastReplyText(adapter) ?? lastText;
            AssertStackIsSound(await bot.ReadStoredStateAsync(adapter));
        }

        // Whatever happened, plain answers always complete the intake within a bounded number of turns.
        string[] answers = ["Sanne", "15", "Klacht", "ja"];
        for (var turn = 0; turn < 12 && bot.LastResult?.Status is not (DialogTurnStatus.Complete); turn++)
        {
            var next = answers[turn % answers.Length];
            if (bot.LastResult?.Status is DialogTurnStatus.Cancelled or DialogTurnStatus.Empty or null)
            {
                next = "hoi";
            }
            else if (lastText is { } lastQuestion)
            {
                next = lastQuestion switch
                {
                    SampleIntakeDialog.AskName or SampleIntakeDialog.AskNameAgain => "Sanne",
                    SampleIntakeDialog.AskAge => "15",
                    SampleIntakeDialog.AskKind => "Klacht",
                    SampleIntakeDialog.AskConfirm => "ja",
                    _ => next,
                };
            }

            await adapter.SendTextToBotAsync(next, bot.Callback);
            lastText = LastReplyText(adapter) ?? lastText;
            AssertStackIsSound(await bot.ReadStoredStateAsync(adapter));
        }

        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
        return true;
    }

    private static string? LastReplyText(TestAdapter adapter)
    {
        string? last = null;
        while (adapter.GetNextReply() is { } reply)
        {
            last = reply.Text ?? last;
        }

        return last;
    }

    private static void AssertStackIsSound(string? json)
    {
        if (json is null)
        {
            return;
        }

        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("dialogState", out var state))
        {
            return;
        }

        Assert.Equal(DialogState.CurrentVersion, state.GetProperty("version").GetInt32());
        AssertFrames(state.GetProperty("stack"));

        static void AssertFrames(JsonElement stack)
        {
            foreach (var frame in stack.EnumerateArray())
            {
                Assert.Contains(frame.GetProperty("id").GetString()!, KnownDialogIds);
                if (frame.GetProperty("state").ValueKind == JsonValueKind.Object && frame.GetProperty("state").TryGetProperty("stack", out var inner))
                {
                    AssertFrames(inner);
                }
            }
        }
    }
}
