using System.Globalization;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>
/// Finds the first number written in digits, with the culture's decimal and group separators
/// ("3,5" and "1.250" in Dutch, "3.5" in English). Number words need a language recognizer.
/// </summary>
public sealed class NumeralRecognizer : IPromptRecognizer<decimal>
{
    private const int MaxNumberLength = 32;

    /// <inheritdoc />
    public ValueTask<PromptRecognizerResult<decimal>> RecognizeAsync(string text, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        var format = culture.NumberFormat;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            var start = i > 0 && text[i - 1] == '-' ? i - 1 : i;
            var end = i;
            while (end < text.Length && end - start < MaxNumberLength
                && (char.IsAsciiDigit(text[end]) || IsSeparatorBeforeDigit(text, end, format)))
            {
                end++;
            }

            var candidate = text[start..end];
            if (decimal.TryParse(candidate, NumberStyles.Number, culture, out var value))
            {
                return ValueTask.FromResult(PromptRecognizerResult<decimal>.Recognized(value));
            }

            i = end;
        }

        return ValueTask.FromResult(PromptRecognizerResult<decimal>.NotRecognized);
    }

    private static bool IsSeparatorBeforeDigit(string text, int index, NumberFormatInfo format)
    {
        var c = text[index].ToString();
        return (c == format.NumberDecimalSeparator || c == format.NumberGroupSeparator)
            && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]);
    }
}
