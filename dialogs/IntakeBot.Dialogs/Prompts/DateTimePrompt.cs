namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks for a date or time. Ambiguous answers ("dinsdag") yield several readings; the caller chooses.</summary>
public sealed class DateTimePrompt(string dialogId, IPromptRecognizer<IReadOnlyList<DateTimeResolution>> recognizer, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null, string defaultLocale = "nl-NL")
    : RecognizerPrompt<IReadOnlyList<DateTimeResolution>>(dialogId, recognizer, validator, defaultLocale);
