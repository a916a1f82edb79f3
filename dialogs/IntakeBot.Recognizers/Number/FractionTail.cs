namespace IntakeBot.Recognizers.Number;

/// <summary>Fractions that follow a word integer: "twee derde", "een-achtste", "twintig drie vijfde", "honderd driekwart".</summary>
internal static class FractionTail
{
    public static NumberPhrase? Parse(IReadOnlyList<NumToken> tokens, WordInteger integer)
    {
        var next = integer.Last + 1;
        if (next < tokens.Count && (tokens[next].IsSymbol('-') || tokens[next].IsSymbol('/')))
        {
            next++;
        }

        if (Denominator(tokens, next) is { } denominator)
        {
            if (integer.WithoutLastWord is not { } whole || integer.Last == integer.First)
            {
                return NumberPhraseParser.WithScale(tokens, new NumberPhrase(integer.Value / (double)denominator, integer.First, next));
            }

            // "zes miljoen en twee derde": the fraction is of the scale before "en"; "een half miljoen" carries its own.
            var part = NumberPhraseParser.WithScale(tokens, new NumberPhrase(integer.LastWordValue / (double)denominator, integer.First, next));
            var factor = part.Last == next && tokens[integer.Last - 1].IsWord("en")
                && DutchNumberWords.Scales.TryGetValue(tokens[integer.Last - 2].Text, out var scale) && scale >= 1000 ? scale : 1;
            return new NumberPhrase(whole + (part.Value * factor), integer.First, part.Last);
        }

        next = integer.Last + 1;
        if (next < tokens.Count && tokens[next].Kind == NumTokenKind.Word)
        {
            if (NumberWordForms.ParseFractionWord(tokens[next].Text) is { } fractionWord && !tokens[next].Text.StartsWith("ander", StringComparison.Ordinal))
            {
                return new NumberPhrase(integer.Value + fractionWord, integer.First, next);
            }

            if (CompoundNumberParser.ParseWord(tokens[next].Text) is { } numerator && Denominator(tokens, next + 1) is { } d)
            {
                return new NumberPhrase(integer.Value + (numerator / (double)d), integer.First, next + 1);
            }
        }

        return null;
    }

    /// <summary>The fraction after "en": "een half", "twee derde", "driekwart"; value and last token.</summary>
    public static NumberPhrase? ParseStandalone(IReadOnlyList<NumToken> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != NumTokenKind.Word)
        {
            return null;
        }

        if (NumberWordForms.ParseFractionWord(tokens[k].Text) is { } f)
        {
            return new NumberPhrase(f, k, k);
        }

        if (Denominator(tokens, k) is { } alone && tokens[k].Text is "half" or "kwart")
        {
            return new NumberPhrase(1.0 / alone, k, k);
        }

        return CompoundNumberParser.ParseWord(tokens[k].Text) is { } numerator && Denominator(tokens, k + 1) is { } d
            ? new NumberPhrase(numerator / (double)d, k, k + 1)
            : null;
    }

    private static long? Denominator(IReadOnlyList<NumToken> tokens, int k) =>
        k < tokens.Count && tokens[k].Kind == NumTokenKind.Word ? NumberWordForms.ParseDenominator(tokens[k].Text) : null;
}
