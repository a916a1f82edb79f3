namespace IntakeBot.Recognizers.Number;

/// <summary>Numbers that start with digits: "3/4", "2  1/4", "10k", "2 miljoen", "3 dozijn", "1 op de 3".</summary>
internal static class DigitPhraseParser
{
    public static NumberPhrase? Parse(IReadOnlyList<NumToken> tokens, int k)
    {
        var token = tokens[k];
        if (k > 0 && Adjacent(tokens[k - 1], token) && tokens[k - 1].Kind != NumTokenKind.Symbol)
        {
            return null;
        }

        if (k > 0 && Adjacent(tokens[k - 1], token) && tokens[k - 1].Text is "%" or "=" or "&")
        {
            return null;
        }

        var next = k + 1 < tokens.Count ? tokens[k + 1] : default;
        if (k + 1 < tokens.Count && next.Kind == NumTokenKind.Word)
        {
            var glued = Adjacent(token, next);
            if (DutchNumberWords.LetterSuffixes.TryGetValue(next.Text, out var multiplier)
                && (k + 2 >= tokens.Count || tokens[k + 2].Kind != NumTokenKind.Word || !Adjacent(next, tokens[k + 2])))
            {
                return new NumberPhrase(token.Value * multiplier, k, k + 1);
            }

            if (glued)
            {
                return null;
            }
        }

        if (Fraction(tokens, k) is { } fraction)
        {
            return fraction;
        }

        if (token.PlainInteger && k + 1 < tokens.Count && tokens[k + 1].Kind == NumTokenKind.Digits && tokens[k + 1].PlainInteger
            && Fraction(tokens, k + 1) is { } mixed)
        {
            return new NumberPhrase(token.Value + mixed.Value, k, mixed.Last);
        }

        var phrase = new NumberPhrase(token.Value, k, k);
        if (!token.PlainInteger)
        {
            return phrase;
        }

        var scaled = NumberPhraseParser.WithScale(tokens, phrase);
        var lastScale = scaled.Last > phrase.Last && DutchNumberWords.Scales.TryGetValue(tokens[scaled.Last].Text, out var s) ? s : 0;
        return TailParser.Parse(tokens, scaled, lastScale) ?? scaled;
    }

    private static NumberPhrase? Fraction(IReadOnlyList<NumToken> tokens, int k)
    {
        if (k + 2 >= tokens.Count || !tokens[k].PlainInteger || !tokens[k + 1].IsSymbol('/') || tokens[k + 2].Kind != NumTokenKind.Digits
            || !tokens[k + 2].PlainInteger || !Adjacent(tokens[k], tokens[k + 1]) || !Adjacent(tokens[k + 1], tokens[k + 2]))
        {
            return null;
        }

        if (k + 3 < tokens.Count && Adjacent(tokens[k + 2], tokens[k + 3]) && tokens[k + 3].Kind != NumTokenKind.Word)
        {
            return null;
        }

        if (k > 0 && Adjacent(tokens[k - 1], tokens[k]) && !(tokens[k - 1].IsSymbol('-') && NumberPhraseParser.IsFreeSign(tokens, k - 1)))
        {
            return null;
        }

        return tokens[k + 2].Value == 0 ? null : new NumberPhrase(tokens[k].Value / tokens[k + 2].Value, k, k + 2);
    }

    private static bool Adjacent(NumToken a, NumToken b) => a.End == b.Start;
}
