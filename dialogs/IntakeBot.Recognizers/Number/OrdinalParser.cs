namespace IntakeBot.Recognizers.Number;

/// <summary>Reads one ordinal at a token: "3e", "30ste", "eerste", "tweeduizend zestiende", "nummer 2".</summary>
internal static class OrdinalParser
{
    private static readonly string[] DigitSuffixes = ["e", "ste", "de", "ste"];

    public static OrdinalMatch? Parse(IReadOnlyList<NumToken> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind == NumTokenKind.Digits)
        {
            return DigitOrdinal(tokens, k);
        }

        if (token.Kind != NumTokenKind.Word)
        {
            return null;
        }

        if (token.Text is "nummer" or "nr" && Choice(tokens, k) is { } choice)
        {
            return choice;
        }

        if (k > 0 && tokens[k - 1].Text is "een" or "één" && NumberWordForms.ParseDenominator(token.Text) is not null)
        {
            return null;
        }

        // Cardinal words, then one ordinal word: "vier miljoen vierhonderdduizendste".
        var parts = new List<Morpheme>();
        for (var j = k; j < tokens.Count && j - k < 12 && tokens[j].Kind == NumTokenKind.Word; j++)
        {
            var word = tokens[j].Text;
            if (OrdinalStem(word) is { } stem)
            {
                var all = new List<Morpheme>(parts);
                if (!CompoundNumberParser.TrySegment(stem, all) || CompoundNumberParser.Evaluate(all) is not { } value)
                {
                    return null;
                }

                // "een biljoenste" is the fraction one trillionth, not an ordinal.
                var fraction = j > k && tokens[j - 1].Text is "een" or "één" && j - 1 == k;
                return fraction ? null : new OrdinalMatch(value, k, j);
            }

            if (word == "en" && j > k)
            {
                parts.Add(new Morpheme(0, false, true));
                continue;
            }

            if (!CompoundNumberParser.TrySegment(word, parts) || CompoundNumberParser.Evaluate(parts) is null)
            {
                return null;
            }
        }

        return null;
    }

    private static string? OrdinalStem(string word)
    {
        foreach (var (ending, stem) in DutchNumberWords.IrregularOrdinalStems)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length] + stem;
            }
        }

        var cut = word.EndsWith("ste", StringComparison.Ordinal) ? 3 : word.EndsWith("de", StringComparison.Ordinal) ? 2 : 0;
        return cut > 0 && word.Length > cut && CompoundNumberParser.ParseWord(word[..^cut]) is not null ? word[..^cut] : null;
    }

    private static OrdinalMatch? DigitOrdinal(IReadOnlyList<NumToken> tokens, int k)
    {
        var token = tokens[k];
        if (!token.PlainInteger || k + 1 >= tokens.Count || tokens[k + 1].Start != token.End || !DigitSuffixes.Contains(tokens[k + 1].Text))
        {
            return null;
        }

        if (k > 0 && tokens[k - 1].End == token.Start && tokens[k - 1].Kind != NumTokenKind.Symbol)
        {
            return null;
        }

        return new OrdinalMatch((long)token.Value, k, k + 1);
    }

    private static OrdinalMatch? Choice(IReadOnlyList<NumToken> tokens, int k)
    {
        var j = k + 1;
        if (j < tokens.Count && tokens[j].IsSymbol('.'))
        {
            j++;
        }

        if (j >= tokens.Count)
        {
            return null;
        }

        var next = tokens[j];
        long? value = next.Kind switch
        {
            NumTokenKind.Digits when next.PlainInteger && next.Value < 1e6 => (long)next.Value,
            NumTokenKind.Word => CompoundNumberParser.ParseWord(next.Text),
            _ => null,
        };
        return value is { } v ? new OrdinalMatch(v, k, j) : null;
    }
}
