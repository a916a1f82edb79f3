namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks for a phone number, understood by the given recognizer (normalised number as the result).</summary>
public sealed class PhoneNumberPrompt(string dialogId, IPromptRecognizer<string> recognizer, PromptValidator<string>? validator = null, string defaultLocale = "nl-NL")
    : RecognizerPrompt<string>(dialogId, recognizer, validator, defaultLocale);
