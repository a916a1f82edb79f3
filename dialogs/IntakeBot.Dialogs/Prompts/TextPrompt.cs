using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks for text; any non-blank answer (typed, or sent as a card value) is recognised.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = PromptInput.GetText(turnContext.Activity)?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<string>.NotRecognized
            : PromptRecognizerResult<string>.Recognized(text));
    }
}
