using System.Globalization;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>Recognises a value of type <typeparamref name="T"/> in an answer; the seam for number, date, phone and e-mail recognizers.</summary>
public interface IPromptRecognizer<T>
{
    /// <summary>Recognises a value in <paramref name="text"/>, understood in <paramref name="culture"/>.</summary>
    ValueTask<PromptRecognizerResult<T>> RecognizeAsync(string text, CultureInfo culture, CancellationToken cancellationToken = default);
}
