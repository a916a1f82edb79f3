namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Values Dutch number words written as one compound ("driehonderdeenentachtigduizend") or as several words
/// ("tweeduizend tweehonderd"). Segmentation is a dynamic programme over the word, so cost is linear in its length.
/// </summary>
internal static class CompoundNumberParser
{
    /// <summary>Splits one lower-cased word into morphemes, or returns false.</summary>
    public static bool TrySegment(string word, List<Morpheme> into)
    {
        // Every Dutch number word starts and ends with letters its morphemes start and end with: a cheap early "no".
        if (word.Length < 2 || word.Length > NumTokenizer.MaxWordLength
            || !"netdvzahmbé".Contains(word[0], StringComparison.Ordinal) || !"nerfstgdl".Contains(word[^1], StringComparison.Ordinal))
        {
            return false;
        }

        word = word.Replace("vijven", "vijfen", StringComparison.Ordinal);
        var n = word.Length;
        Span<int> best = stackalloc int[n + 1];
        Span<int> pick = stackalloc int[n + 1];
        best.Fill(int.MaxValue);
        best[n] = 0;
        var gap = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            // No morpheme is longer than nine letters: after nine unreachable positions nothing can connect.
            if (++gap > 9)
            {
                return false;
            }

            for (var len = 1; len <= Math.Min(9, n - i); len++)
            {
                if (best[i + len] != int.MaxValue && IsMorpheme(word.AsSpan(i, len)) && best[i + len] + 1 < best[i])
                {
                    best[i] = best[i + len] + 1;
                    pick[i] = len;
                    gap = 0;
                }
            }
        }

        if (best[0] == int.MaxValue)
        {
            return false;
        }

        for (var i = 0; i < n; i += pick[i])
        {
            into.Add(ToMorpheme(word.Substring(i, pick[i])));
        }

        return true;
    }

    /// <summary>Values a morpheme sequence, or returns null when it is not a well-formed Dutch number.</summary>
    public static long? Evaluate(IReadOnlyList<Morpheme> parts)
    {
        if (parts.Count == 0 || parts[0].IsConnector || parts[^1].IsConnector)
        {
            return null;
        }

        long total = 0, group = 0, highest = 0;
        Morpheme? previous = null;
        var afterConnector = false;
        long? lastBasic = null;
        foreach (var part in parts)
        {
            if (part.IsConnector)
            {
                if (previous is { IsConnector: true })
                {
                    return null;
                }

                afterConnector = true;
                previous = part;
                continue;
            }

            if (!part.IsScale)
            {
                if (previous is { } p && !p.IsScale && !afterConnector)
                {
                    return null;
                }

                if (afterConnector && lastBasic is { } b && !(part.Value % 10 == 0 && part.Value >= 20 && b is > 0 and < 10))
                {
                    return null;
                }

                lastBasic = part.Value;

                group += part.Value;
            }
            else if (part.Value == 100)
            {
                if (group >= 100)
                {
                    return null;
                }

                group = (group == 0 ? 1 : group) * 100;
                lastBasic = null;
            }
            else
            {
                if (highest != 0 && group == 0)
                {
                    if (part.Value <= highest)
                    {
                        return null;
                    }

                    total *= part.Value;
                    highest = part.Value;
                    lastBasic = null;
                    afterConnector = false;
                    previous = part;
                    continue;
                }

                var g = group == 0 ? 1 : group;
                if (total > 0 && highest < part.Value)
                {
                    total = (total + g) * part.Value;
                }
                else
                {
                    total += g * part.Value;
                }

                highest = Math.Max(highest, part.Value);
                group = 0;
                lastBasic = null;
            }

            afterConnector = false;
            previous = part;
        }

        return total + group;
    }

    /// <summary>Values one word ("eenentwintig"), or null.</summary>
    public static long? ParseWord(string word)
    {
        var parts = new List<Morpheme>();
        return TrySegment(word, parts) ? Evaluate(parts) : null;
    }

    private static readonly System.Collections.Frozen.FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> BasicLookup =
        DutchNumberWords.Basic.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup =
        DutchNumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsMorpheme(ReadOnlySpan<char> s) =>
        s.SequenceEqual("en") || s.SequenceEqual("ën") || BasicLookup.ContainsKey(s) || ScaleLookup.ContainsKey(s);

    private static Morpheme ToMorpheme(string s) =>
        DutchNumberWords.Basic.TryGetValue(s, out var v) ? new Morpheme(v, false, false)
        : DutchNumberWords.Scales.TryGetValue(s, out var scale) ? new Morpheme(scale, true, false)
        : new Morpheme(0, false, true);
}
