using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>A prompt whose answer is understood by an <see cref="IPromptRecognizer{T}"/>.</summary>
public class RecognizerPrompt<T> : Prompt<T>
{
    private readonly IPromptRecognizer<T> _recognizer;
    private readonly string _defaultLocale;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="recognizer">Understands the answer.</param>
    /// <param name="validator">Optional extra check.</param>
    /// <param name="defaultLocale">The culture used when the activity has no valid locale.</param>
    public RecognizerPrompt(string dialogId, IPromptRecognizer<T> recognizer, PromptValidator<T>? validator = null, string defaultLocale = "nl-NL")
        : base(dialogId, validator)
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _defaultLocale = defaultLocale;
    }

    /// <inheritdoc />
    protected override async Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = PromptInput.GetText(turnContext.Activity);
        if (string.IsNullOrWhiteSpace(text))
        {
            return PromptRecognizerResult<T>.NotRecognized;
        }

        var culture = PromptInput.GetCulture(turnContext.Activity, _defaultLocale);
        return await _recognizer.RecognizeAsync(text, culture, cancellationToken).ConfigureAwait(false);
    }
}
