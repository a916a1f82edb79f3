namespace IntakeBot.Recognizers.Number;

/// <summary>Reads the longest integer written in Dutch words starting at a token ("tweeduizend en zestien").</summary>
internal static class WordIntegerParser
{
    private const int MaxWords = 12;

    public static WordInteger? Parse(IReadOnlyList<NumToken> tokens, int first)
    {
        var parts = new List<Morpheme>();
        WordInteger? best = null;
        long? previousValue = null;
        for (var k = first; k < tokens.Count && k - first < MaxWords; k++)
        {
            var token = tokens[k];
            if (token.Kind != NumTokenKind.Word)
            {
                break;
            }

            if (token.Text == "en" && k > first)
            {
                parts.Add(new Morpheme(0, false, true));
                continue;
            }

            var before = parts.Count;
            if (!CompoundNumberParser.TrySegment(token.Text, parts))
            {
                break;
            }

            if (CompoundNumberParser.Evaluate(parts) is not { } value)
            {
                break;
            }

            var wordValue = CompoundNumberParser.Evaluate(parts.GetRange(before, parts.Count - before)) ?? 0;
            var last = parts[^1];
            best = new WordInteger(value, first, k, k == first ? null : previousValue, wordValue,
                last.IsScale && last.Value >= 1000, last.IsScale ? last.Value : 0);
            previousValue = value;
        }

        return best;
    }
}
