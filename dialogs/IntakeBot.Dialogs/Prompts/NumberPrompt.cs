namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks for a number. Without a recognizer it understands numerals ("12", "3,5" in Dutch); pass the Dutch number recognizer for words.</summary>
public sealed class NumberPrompt(string dialogId, PromptValidator<decimal>? validator = null, IPromptRecognizer<decimal>? recognizer = null, string defaultLocale = "nl-NL")
    : RecognizerPrompt<decimal>(dialogId, recognizer ?? new NumeralRecognizer(), validator, defaultLocale);
