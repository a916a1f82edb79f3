using System.Globalization;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Understanding;
using IntakeBot.Recognizers;
using IntakeBot.Recognizers.Choice;
using IntakeBot.Recognizers.DateTime;
using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Intake.Conversation;

/// <summary>Reads the user's message as the answer to a question, with the recognizers of the Dutch understanding.</summary>
internal static class AnswerReader
{
    /// <summary>The longest text kept for one answer; longer text is cut, never refused.</summary>
    public const int MaxTextLength = 4000;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Answer Read(QuestionSpec spec, string? text, IntakeTurn turn)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !trimmed.Any(char.IsLetterOrDigit))
        {
            return Answer.Invalid;
        }

        var words = turn.Services.Words;
        var choice = FindChoice(spec, trimmed);
        var skipWords = choice == "skip" || words.Is(AnswerWords.Skip, trimmed) || words.Is(AnswerWords.DontKnow, trimmed);
        if (skipWords && spec.Optional)
        {
            return Answer.Skipped;
        }

        // "sla over" is never the answer to a question that may not be skipped.
        if (skipWords && QuestionIds.FieldOf(spec.Id) is not null)
        {
            return Answer.Invalid;
        }

        return spec.Type switch
        {
            AnswerType.Choice => choice is not null ? Answer.Of(choice) : FreeChoice(spec, trimmed, turn),
            AnswerType.YesNo => choice is not null ? Answer.Of(choice) : YesNo(trimmed),
            AnswerType.Date => Date(trimmed, turn),
            AnswerType.Phone => First(PhoneNumberRecognizer.Recognize(trimmed), "normalized"),
            AnswerType.Email => First(EmailRecognizer.Recognize(trimmed), "value") is { Status: AnswerStatus.Value } email ? Answer.Of(email.Value!.ToLowerInvariant()) : Answer.Invalid,
            _ => FreeText(spec, trimmed),
        };
    }

    /// <summary>The choice the text names (number, label, synonym, typo), or null.</summary>
    public static string? FindChoice(QuestionSpec spec, string text)
    {
        if (spec.Choices.Count == 0)
        {
            return null;
        }

        var choices = spec.Choices.Select(c => new Choice { Value = c.Label, Synonyms = c.Synonyms }).ToList();
        var found = ChoiceRecognizer.Recognize(text, choices, Dutch);
        return found is null ? null : spec.Choices[found.Index].Id;
    }

    /// <summary>A yes or no in Dutch or English, informal, misspelt or as an emoji.</summary>
    public static Answer YesNo(string text) =>
        (BooleanRecognizer.Recognize(text, Dutch) ?? BooleanRecognizer.Recognize(text, CultureInfo.GetCultureInfo("en-GB"))) is { } recognised
            ? Answer.Of(recognised.Value ? "yes" : "no")
            : Answer.Invalid;

    private static Answer FreeChoice(QuestionSpec spec, string text, IntakeTurn turn)
    {
        if (spec.Id == QuestionIds.Organisation)
        {
            if (turn.Services.Words.Is(AnswerWords.UnknownOrganisation, text))
            {
                return Answer.Of("unknown");
            }

            var best = turn.Services.Organisations.Recognize(text).OrderByDescending(m => m.Score).FirstOrDefault();
            return best is { Score: >= 0.75 } ? Answer.Of(best.OrganisationId) : Answer.Invalid;
        }

        if (spec.Id == QuestionIds.KindCheck || spec.Id == QuestionIds.KindChoose)
        {
            return turn.Services.Words.Is(AnswerWords.Difference, text) ? Answer.Of("difference") : Answer.Invalid;
        }

        if (spec.Id == QuestionIds.FinishedMore)
        {
            return YesNo(text);
        }

        if (spec.Id == QuestionIds.CrisisContinue)
        {
            return turn.Services.Words.Is(AnswerWords.Continue, text) ? Answer.Of("continue") : YesNo(text) is { IsYes: true } ? Answer.Of("continue") : Answer.Invalid;
        }

        if (spec.Id == QuestionIds.StopKeepOrDelete)
        {
            return turn.Services.Words.Is(AnswerWords.Keep, text) ? Answer.Of("keep") : turn.Services.Words.Is(AnswerWords.Delete, text) ? Answer.Of("delete") : Answer.Invalid;
        }

        if (spec.Id == QuestionIds.RetryOffer)
        {
            var words = turn.Services.Words;
            return words.Is(AnswerWords.Later, text) ? Answer.Of("later")
                : words.Is(AnswerWords.Call, text) ? Answer.Of("call")
                : words.Is(AnswerWords.Skip, text) && spec.Choices.Any(c => c.Id == "skip") ? Answer.Of("skip")
                : Answer.Invalid;
        }

        // A part typed in full words ("in Almere") is found by its aliases through the choice recognizer above;
        // for other choice questions free text is not an answer.
        return spec.Type == AnswerType.Choice && spec.Choices.Count == 0 ? FreeText(spec, text) : Answer.Invalid;
    }

    private static Answer FreeText(QuestionSpec spec, string text)
    {
        var value = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        return QuestionIds.FieldOf(spec.Id) switch
        {
            CaseFieldNames.Name when value.Count(char.IsLetter) < 2 => Answer.Invalid,
            CaseFieldNames.Address when !value.Any(char.IsDigit) || value.Count(char.IsLetter) < 2 => Answer.Invalid,
            _ => Answer.Of(value),
        };
    }

    private static Answer Date(string text, IntakeTurn turn)
    {
        var today = turn.Services.Today;
        var results = DateTimeRecognizer.Recognize(text, Dutch, turn.Services.LocalNow);
        var dates = new List<DateOnly>();
        foreach (var result in results)
        {
            if (result.Resolution.GetValueOrDefault("values") is IEnumerable<IReadOnlyDictionary<string, object?>> values)
            {
                dates.AddRange(values.Select(DateOf).OfType<DateOnly>());
            }
        }

        // Events and letters lie in the past: take the latest reading that is not in the future.
        var past = dates.Where(d => d <= today).ToList();
        return past.Count > 0 ? Answer.Of(past.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : Answer.Invalid;
    }

    private static DateOnly? DateOf(IReadOnlyDictionary<string, object?> value)
    {
        var text = (value.GetValueOrDefault("value") ?? value.GetValueOrDefault("start")) as string;
        return text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static Answer First(IReadOnlyList<ModelResult> results, string key) =>
        results.FirstOrDefault()?.Resolution.GetValueOrDefault(key) is string value ? Answer.Of(value) : Answer.Invalid;
}
