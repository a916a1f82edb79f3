using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Recognizers.Choice;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question. Understands Dutch and English yes and no, informal and misspelt ("jep", "oke", "neen",
/// "liever niet") and emoji (👍 👎), a boolean card value, and the labels of the two choices (yes first, then no).
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string defaultLocale = "nl-NL")
    : Prompt<bool>(dialogId, validator)
{
    private const double WholeLabelScore = 0.95;

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendQuestionWithChoicesAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } flag)
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Recognized(flag.GetBoolean()));
        }

        var text = PromptInput.GetText(activity);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(PromptRecognizerResult<bool>.NotRecognized);
        }

        // A (near-)exact button label decides first, so "klopt nie" means the button "Klopt niet" and not the
        // "klopt" in it; then yes/no words; then a looser match on the labels.
        var culture = PromptInput.GetCulture(activity, defaultLocale);
        var found = options.Choices is { Count: 2 } choices ? ChoiceRecognizer.Recognize(text, choices, culture) : null;
        if (found is { Score: >= WholeLabelScore })
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Recognized(found.Index == 0));
        }

        if (BooleanRecognizer.Recognize(text, culture) is { } answer)
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Recognized(answer.Value));
        }

        if (found is not null)
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Recognized(found.Index == 0));
        }

        return Task.FromResult(PromptRecognizerResult<bool>.NotRecognized);
    }
}
