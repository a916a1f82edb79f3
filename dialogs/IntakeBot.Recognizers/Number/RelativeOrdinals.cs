using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>"laatste", "voorlaatste", "vorige", "volgende", "twee na laatste", "de op één na laatste".</summary>
internal static class RelativeOrdinals
{
    private static readonly (string[] Words, string RelativeTo, int Offset)[] Phrases =
    [
        (["de", "op", "één", "na", "laatste"], "end", -1),
        (["de", "op", "een", "na", "laatste"], "end", -1),
        (["de", "een", "voor", "de", "laatste"], "end", -1),
        (["die", "voor", "de", "laatste"], "end", -1),
        (["voorlaatste"], "end", -1),
        (["laatste"], "end", 0),
        (["vorige"], "current", -1),
        (["volgende"], "current", 1),
    ];

    public static RelativeOrdinal? Match(IReadOnlyList<NumToken> tokens, int k)
    {
        foreach (var (words, relativeTo, offset) in Phrases)
        {
            if (Matches(tokens, k, words))
            {
                return Create(k, k + words.Length - 1, relativeTo, offset);
            }
        }

        // "twee na laatste": a number, "na", "laatste".
        if (k + 2 < tokens.Count && tokens[k].Kind == NumTokenKind.Word && tokens[k + 1].IsWord("na") && tokens[k + 2].IsWord("laatste")
            && CompoundNumberParser.ParseWord(tokens[k].Text) is { } n and > 0 and < 100)
        {
            return Create(k, k + 2, "end", -(int)n);
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<NumToken> tokens, int k, string[] words)
    {
        if (k + words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!tokens[k + i].IsWord(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static RelativeOrdinal Create(int first, int last, string relativeTo, int offset)
    {
        var offsetText = offset.ToString(CultureInfo.InvariantCulture);
        var value = relativeTo + (offset >= 0 ? "+" : string.Empty) + offsetText;
        return new RelativeOrdinal(first, last, new Dictionary<string, object?>
        {
            ["offset"] = offsetText,
            ["relativeTo"] = relativeTo,
            ["value"] = value,
        });
    }
}
