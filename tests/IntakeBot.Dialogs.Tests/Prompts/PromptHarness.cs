using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Waterfall;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Prompts;

/// <summary>Runs one prompt in a two-step waterfall that echoes the result as "result: …" or "gave up after N".</summary>
internal static class PromptHarness
{
    public const string Question = "Vraag?";
    public const string Retry = "Vraag, anders gezegd?";

    public static DialogTestBot Bot(Dialog prompt, PromptOptions? options = null)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("w", [
            (step, ct) => step.PromptAsync(prompt.Id, options ?? new PromptOptions { Prompt = Activity.CreateMessage(Question), RetryPrompt = Activity.CreateMessage(Retry) }, ct),
            async (step, ct) =>
            {
                var text = step.Result switch
                {
                    PromptGaveUp gaveUp => $"gave up after {gaveUp.Attempts}",
                    Choices.FoundChoice found => $"result: {found.Value}",
                    IReadOnlyList<Attachment> files => $"result: {files.Count} file(s)",
                    IReadOnlyList<DateTimeResolution> dates => $"result: {string.Join(",", dates.Select(d => d.Timex))}",
                    bool flag => $"result: {flag}",
                    decimal number => $"result: {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                    _ => $"result: {step.Result}",
                };
                await step.Context.SendActivityAsync(text, cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(prompt);
        return new DialogTestBot(root);
    }
}
