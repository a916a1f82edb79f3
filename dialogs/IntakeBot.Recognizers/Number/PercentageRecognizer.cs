using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Finds percentages: "100%", "twintig procent", "210 percent", "percentage van 30", "min vijf procent".
/// Type <c>percentage</c>, resolution <c>value</c> such as "20%".
/// </summary>
public static class PercentageRecognizer
{
    /// <summary>Returns every percentage in <paramref name="text"/>, in order of position.</summary>
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
        var tokens = NumTokenizer.Tokenize(text.Length > NumberRecognizer.MaxInputLength ? text[..NumberRecognizer.MaxInputLength] : text);
        for (var k = 0; k < tokens.Count;)
        {
            if (tokens[k].IsWord("percentage") && NumberPhraseParser.At(tokens, k + 1, "van") && NumberPhraseParser.Parse(tokens, k + 2) is { } of)
            {
                results.Add(Create(text, tokens, k, of.Last, of.Value, culture));
                k = of.Last + 1;
                continue;
            }

            if (NumberPhraseParser.Parse(tokens, k) is { } phrase && phrase.Last + 1 < tokens.Count && IsPercentSign(tokens, phrase.Last + 1))
            {
                results.Add(Create(text, tokens, k, phrase.Last + 1, phrase.Value, culture));
                k = phrase.Last + 2;
                continue;
            }

            k = NumberPhraseParser.Parse(tokens, k) is { } skipped ? skipped.Last + 1 : k + 1;
        }

        return results;
    }

    private static bool IsPercentSign(IReadOnlyList<NumToken> tokens, int k)
    {
        var token = tokens[k];
        if (token.Text is "procent" or "percent")
        {
            return true;
        }

        // A "%" glued to more digits or letters is URL encoding ("%2020"), not a percentage.
        return token.IsSymbol('%') && (k + 1 >= tokens.Count || tokens[k + 1].Start != token.End || tokens[k + 1].Kind == NumTokenKind.Symbol);
    }

    private static ModelResult Create(string text, IReadOnlyList<NumToken> tokens, int first, int last, double value, CultureInfo culture) =>
        NumberResults.Create(text, tokens[first].Start, tokens[last].End, "percentage",
            new Dictionary<string, object?> { ["value"] = NumberFormat.Format(value, culture) + "%" });
}
