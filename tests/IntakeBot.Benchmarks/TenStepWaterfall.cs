using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Waterfall;

namespace IntakeBot.Benchmarks;

/// <summary>A ten-question waterfall: each step keeps the previous answer and asks the next question with a text prompt.</summary>
internal sealed class TenStepWaterfall : ComponentDialog
{
    private const int Questions = 10;

    public TenStepWaterfall()
        : base(nameof(TenStepWaterfall))
    {
        var steps = new List<WaterfallStep>();
        for (var i = 0; i < Questions; i++)
        {
            steps.Add(AskStepAsync);
        }

        steps.Add(FinishStepAsync);
        AddDialog(new WaterfallDialog("questions", steps));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string answer)
        {
            step.Values.Set("answer" + step.Index, answer);
        }

        var question = new PromptOptions
        {
            Prompt = Activity.CreateMessage("Vraag " + (step.Index + 1)),
            RetryPrompt = Activity.CreateMessage("Vraag " + (step.Index + 1) + ", anders gezegd"),
        };
        return step.PromptAsync(nameof(TextPrompt), question, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync("Klaar", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
