namespace IntakeBot.Recognizers.Number;

/// <summary>What may follow a whole number: "en een half", "dozijn", "van de drie", "op de 20".</summary>
internal static class TailParser
{
    public static NumberPhrase? Parse(IReadOnlyList<NumToken> tokens, NumberPhrase whole, long lastScale)
    {
        var next = whole.Last + 1;
        if (NumberPhraseParser.At(tokens, next, "en") && FractionTail.ParseStandalone(tokens, next + 1) is { } fraction)
        {
            var scaled = NumberPhraseParser.WithScale(tokens, fraction);
            var factor = scaled.Last > fraction.Last ? 1 : Math.Max(lastScale, 1);
            return new NumberPhrase(whole.Value + (scaled.Value * factor), whole.First, scaled.Last);
        }

        if (next < tokens.Count && DutchNumberWords.Multipliers.TryGetValue(tokens[next].Text, out var multiplier) && tokens[next].Kind == NumTokenKind.Word)
        {
            return new NumberPhrase(whole.Value * multiplier, whole.First, next);
        }

        return Ratio(tokens, whole, next);
    }

    private static NumberPhrase? Ratio(IReadOnlyList<NumToken> tokens, NumberPhrase whole, int next)
    {
        if (next >= tokens.Count || tokens[next].Text is not ("van" or "uit" or "op"))
        {
            return null;
        }

        var k = next + 1;
        if (NumberPhraseParser.At(tokens, k, "de"))
        {
            k++;
        }
        else if (tokens[next].Text != "uit")
        {
            return null;
        }

        if (k >= tokens.Count || whole.Value is <= 0 or > 100)
        {
            return null;
        }

        double? denominator = tokens[k].Kind switch
        {
            NumTokenKind.Digits when tokens[k].PlainInteger => tokens[k].Value,
            NumTokenKind.Word => CompoundNumberParser.ParseWord(tokens[k].Text),
            _ => null,
        };
        return denominator is > 0 && denominator >= whole.Value ? new NumberPhrase(whole.Value / denominator.Value, whole.First, k) : null;
    }
}
