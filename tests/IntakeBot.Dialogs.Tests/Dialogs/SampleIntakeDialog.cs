using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Interruptions;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Waterfall;

namespace IntakeBot.Dialogs.Tests.Dialogs;

/// <summary>
/// A small interruptible intake used by the engine tests: name, age, kind, confirm. Its texts are test data,
/// not product content.
/// </summary>
internal sealed class SampleIntakeDialog : InterruptibleComponentDialog
{
    public const string AskName = "Wat is je naam?";
    public const string AskNameAgain = "Hoe mogen we je noemen?";
    public const string AskAge = "Hoe oud ben je?";
    public const string AskKind = "Waar gaat het over?";
    public const string AskConfirm = "Klopt dit?";
    public const string HelpText = "Uitleg bij deze vraag.";

    public SampleIntakeDialog(IReadOnlyList<IInterruptionRecognizer> recognizers)
        : base(nameof(SampleIntakeDialog), recognizers)
    {
        AddDialog(new WaterfallDialog("intake", [AskNameStepAsync, AskAgeStepAsync, AskKindStepAsync, AskConfirmStepAsync, FinishStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new NumberPrompt(nameof(NumberPrompt), ValidateAgeAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    public static IReadOnlyList<Choice> Kinds { get; } = [Choice.Of("Compliment"), Choice.Of("Klacht", "klagen"), Choice.Of("Idee")];

    public List<string> Interruptions { get; } = [];

    protected override async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(HelpText, cancellationToken: cancellationToken);
        return await base.OnHelpAsync(innerDc, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnInterruptionAsync(DialogContext innerDc, Interruption interruption, CancellationToken cancellationToken)
    {
        Interruptions.Add(interruption.Command);
        if (interruption.Command == "crisis")
        {
            await innerDc.Context.SendActivityAsync("Bel 112.", cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnInterruptionAsync(innerDc, interruption, cancellationToken);
    }

    private static Task<bool> ValidateAgeAsync(PromptValidatorContext<decimal> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 1 and <= 120);

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = Activity.CreateMessage(AskName), RetryPrompt = Activity.CreateMessage(AskNameAgain) }, cancellationToken);

    private static Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string name)
        {
            step.Values.Set("name", name);
        }

        return step.PromptAsync(nameof(NumberPrompt), new PromptOptions { Prompt = Activity.CreateMessage(AskAge) }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is decimal age)
        {
            step.Values.Set("age", age);
        }

        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions { Prompt = Activity.CreateMessage(AskKind), Choices = Kinds }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice kind)
        {
            step.Values.Set("kind", kind.Value);
        }

        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Activity.CreateMessage(AskConfirm), Choices = [Choice.Of("Ja"), Choice.Of("Nee")] }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var summary = $"{step.Values.Get<string>("name")}|{step.Values.Get<decimal>("age")}|{step.Values.Get<string>("kind")}|{step.Result}";
        await step.Context.SendActivityAsync(summary, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(summary, cancellationToken);
    }
}
