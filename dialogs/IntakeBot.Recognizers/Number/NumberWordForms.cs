namespace IntakeBot.Recognizers.Number;

/// <summary>Ordinal and fraction word forms built on cardinal words: "derde", "achtsten", "driekwart", "tweeënhalf".</summary>
internal static class NumberWordForms
{
    /// <summary>Values an ordinal word ("eenentwintigste", "honderdeerste", "derde"), or null.</summary>
    public static long? ParseOrdinalWord(string word)
    {
        foreach (var (ending, stem) in DutchNumberWords.IrregularOrdinalStems)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return CompoundNumberParser.ParseWord(word[..^ending.Length] + stem);
            }
        }

        if (word.EndsWith("ste", StringComparison.Ordinal) && word.Length > 3)
        {
            return CompoundNumberParser.ParseWord(word[..^3]);
        }

        return word.EndsWith("de", StringComparison.Ordinal) && word.Length > 2 ? CompoundNumberParser.ParseWord(word[..^2]) : null;
    }

    /// <summary>Denominator of a fraction word ("derde", "achtsten", "kwart", "half"), or null.</summary>
    public static long? ParseDenominator(string word)
    {
        switch (word)
        {
            case "half" or "halve":
                return 2;
            case "kwart":
                return 4;
            case "eerste" or "tweede":
                return null;
            default:
                break;
        }

        var ordinal = ParseOrdinalWord(word) ?? (word.EndsWith('n') ? ParseOrdinalWord(word[..^1]) : null);
        return ordinal is >= 3 ? ordinal : null;
    }

    /// <summary>Values one-word fractions: "anderhalf", "driekwart", "tweeënhalf", "twaalfenhalve".</summary>
    public static double? ParseFractionWord(string word)
    {
        if (word is "anderhalf" or "anderhalve")
        {
            return 1.5;
        }

        if (word.EndsWith("kwart", StringComparison.Ordinal) && word.Length > 5)
        {
            return CompoundNumberParser.ParseWord(word[..^5]) is { } quarters ? quarters / 4.0 : null;
        }

        foreach (var tail in HalfTails)
        {
            if (word.EndsWith(tail, StringComparison.Ordinal) && word.Length > tail.Length)
            {
                return CompoundNumberParser.ParseWord(word[..^tail.Length]) is { } whole ? whole + 0.5 : null;
            }
        }

        return null;
    }

    private static readonly string[] HalfTails = ["enhalf", "ënhalf", "enhalve", "ënhalve"];
}
