namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks for an e-mail address, understood by the given recognizer.</summary>
public sealed class EmailPrompt(string dialogId, IPromptRecognizer<string> recognizer, PromptValidator<string>? validator = null, string defaultLocale = "nl-NL")
    : RecognizerPrompt<string>(dialogId, recognizer, validator, defaultLocale);
