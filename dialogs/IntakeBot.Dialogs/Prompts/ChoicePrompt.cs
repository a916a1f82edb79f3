using System.Globalization;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Choices;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons; typed answers count too.</summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly string _defaultLocale;
    private readonly Func<string, CultureInfo, int?>? _ordinalRecognizer;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="validator">Optional extra check.</param>
    /// <param name="defaultLocale">The culture used when the activity has no valid locale.</param>
    /// <param name="ordinalRecognizer">Optional: understands positions written as words ("de tweede").</param>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string defaultLocale = "nl-NL", Func<string, CultureInfo, int?>? ordinalRecognizer = null)
        : base(dialogId, validator)
    {
        _defaultLocale = defaultLocale;
        _ordinalRecognizer = ordinalRecognizer;
    }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendQuestionWithChoicesAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var culture = PromptInput.GetCulture(turnContext.Activity, _defaultLocale);
        var found = ChoiceRecognizer.Recognize(PromptInput.GetText(turnContext.Activity), options.Choices ?? [], culture, _ordinalRecognizer);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.NotRecognized : PromptRecognizerResult<FoundChoice>.Recognized(found));
    }
}
