namespace IntakeBot.Recognizers.Number;

/// <summary>Builds <see cref="ModelResult"/>s from token spans.</summary>
internal static class NumberResults
{
    public static ModelResult Create(string text, IReadOnlyList<NumToken> tokens, NumberPhrase phrase, string typeName, string value) =>
        Create(text, tokens[phrase.First].Start, tokens[phrase.Last].End, typeName, new Dictionary<string, object?> { ["value"] = value });

    public static ModelResult Create(string text, int start, int endExclusive, string typeName, IReadOnlyDictionary<string, object?> resolution) =>
        new(text[start..endExclusive], start, endExclusive - 1, typeName, resolution);
}
