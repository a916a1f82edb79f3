namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Reads one Dutch number phrase at a token: digits or words, with sign, decimal "komma", fractions ("twee derde",
/// "drie en een kwart", "3/4"), scales ("2 miljoen"), multipliers ("een dozijn") and ratios ("1 op de 3").
/// </summary>
internal static class NumberPhraseParser
{
    public static NumberPhrase? Parse(IReadOnlyList<NumToken> tokens, int k)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        var token = tokens[k];
        if ((token.IsWord("min") || (token.IsSymbol('-') && IsFreeSign(tokens, k))) && k + 1 < tokens.Count)
        {
            var inner = ParseUnsigned(tokens, k + 1, allowArticle: true);
            return inner is { } p ? new NumberPhrase(-p.Value, k, p.Last) : null;
        }

        return ParseUnsigned(tokens, k, allowArticle: false);
    }

    public static bool IsFreeSign(IReadOnlyList<NumToken> tokens, int k) =>
        k == 0 || tokens[k - 1].End < tokens[k].Start || tokens[k - 1].Kind == NumTokenKind.Symbol;

    private static NumberPhrase? ParseUnsigned(IReadOnlyList<NumToken> tokens, int k, bool allowArticle)
    {
        var token = tokens[k];
        return token.Kind switch
        {
            NumTokenKind.Digits => DigitPhraseParser.Parse(tokens, k),
            NumTokenKind.Word => ParseWords(tokens, k, allowArticle),
            NumTokenKind.Symbol => UnicodeFraction(token) is { } f ? new NumberPhrase(f, k, k) : null,
            _ => null,
        };
    }

    private static NumberPhrase? ParseWords(IReadOnlyList<NumToken> tokens, int k, bool allowArticle)
    {
        if (NumberWordForms.ParseFractionWord(tokens[k].Text) is { } fractionWord)
        {
            return WithScale(tokens, new NumberPhrase(fractionWord, k, k));
        }

        if (WordIntegerParser.Parse(tokens, k) is not { } integer)
        {
            return null;
        }

        var next = integer.Last + 1;
        if (At(tokens, next, "komma") && next + 1 < tokens.Count && DecimalDigits(tokens[next + 1]) is { } digits)
        {
            var value = double.Parse($"{integer.Value}.{digits}", System.Globalization.CultureInfo.InvariantCulture);
            return new NumberPhrase(value, k, next + 1);
        }

        if (FractionTail.Parse(tokens, integer) is { } fraction)
        {
            return fraction;
        }

        if (TailParser.Parse(tokens, new NumberPhrase(integer.Value, k, integer.Last), integer.EndsWithLargeScale ? integer.LastScale : 0) is { } tail)
        {
            return tail;
        }

        // "een" on its own is the article far more often than the number one.
        var single = integer.First == integer.Last && tokens[k].Text == "een";
        return single && tokens.Count > 1 && !allowArticle ? null : new NumberPhrase(integer.Value, k, integer.Last);
    }

    public static NumberPhrase WithScale(IReadOnlyList<NumToken> tokens, NumberPhrase phrase)
    {
        var next = phrase.Last + 1;
        if (next < tokens.Count && tokens[next].Kind == NumTokenKind.Word)
        {
            if (DutchNumberWords.Scales.TryGetValue(tokens[next].Text, out var scale) && scale >= 1000)
            {
                return new NumberPhrase(phrase.Value * scale, phrase.First, next);
            }

            if (DutchNumberWords.Multipliers.TryGetValue(tokens[next].Text, out var multiplier))
            {
                return new NumberPhrase(phrase.Value * multiplier, phrase.First, next);
            }
        }

        return phrase;
    }

    public static bool At(IReadOnlyList<NumToken> tokens, int k, string word) => k < tokens.Count && tokens[k].IsWord(word);

    private static string? DecimalDigits(NumToken token)
    {
        if (token.Kind == NumTokenKind.Digits && token.PlainInteger)
        {
            return token.Text;
        }

        return token.Kind == NumTokenKind.Word && CompoundNumberParser.ParseWord(token.Text) is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static double? UnicodeFraction(NumToken token) => token.Text switch
    {
        "½" => 0.5,
        "⅓" => 1.0 / 3,
        "⅔" => 2.0 / 3,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6,
        "⅚" => 5.0 / 6,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => null,
    };
}
