using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Finds cardinal numbers in Dutch text: words ("eenentwintig", "anderhalf", "twee komma vijf"), digits with the
/// Dutch decimal comma ("1.234,5"), fractions ("twee derde", "3/4") and ratios ("1 op de 3"). Results follow Recognizers-Text: type <c>number</c>, resolution
/// <c>value</c> as a string in the culture's notation. For en-US it reads basic English: "1,234.5", "twenty-one".
/// </summary>
public static class NumberRecognizer
{
    /// <summary>Longest input considered; longer text is cut, so cost stays linear and bounded.</summary>
    public const int MaxInputLength = 100_000;

    /// <summary>Returns every number in <paramref name="text"/>, in order of position.</summary>
    /// <param name="text">The user's message; null or empty gives no results.</param>
    /// <param name="culture">nl-NL (default) or en-US.</param>
    public static IReadOnlyList<ModelResult> Recognize(string? text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var results = new List<ModelResult>();
        if (culture.TwoLetterISOLanguageName == "en")
        {
            foreach (var (start, end, value) in EnglishNumberScanner.Scan(text.Length > MaxInputLength ? text[..MaxInputLength] : text))
            {
                results.Add(NumberResults.Create(text, start, end, "number", new Dictionary<string, object?> { ["value"] = NumberFormat.Format(value, culture) }));
            }

            return results;
        }

        foreach (var (phrase, tokens) in FindWithTokens(text))
        {
            results.Add(NumberResults.Create(text, tokens, phrase, "number", NumberFormat.Format(phrase.Value, culture)));
        }

        return results;
    }

    internal static IEnumerable<(NumberPhrase Phrase, List<NumToken> Tokens)> FindWithTokens(string text)
    {
        var tokens = NumTokenizer.Tokenize(text.Length > MaxInputLength ? text[..MaxInputLength] : text);

        for (var k = 0; k < tokens.Count;)
        {
            if (NumberPhraseParser.Parse(tokens, k) is { } phrase)
            {
                yield return (phrase, tokens);
                k = phrase.Last + 1;
            }
            else
            {
                k++;
            }
        }
    }
}
