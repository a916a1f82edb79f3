namespace IntakeBot.Understanding.Text;

/// <summary>
/// Hashed features of a normalised message: word unigrams, word bigrams and character 3- to 5-grams
/// (with the surrounding spaces, so word starts and ends count). Buckets collide rarely at this size
/// and no feature dictionary is needed, so extraction allocates nothing.
/// </summary>
internal static class FeatureHasher
{
    public const int BucketBits = 16;
    public const int BucketCount = 1 << BucketBits;
    private const uint WordSeed = 0x9E3779B1;
    private const uint BigramSeed = 0x85EBCA77;
    private const uint CharSeed = 0xC2B2AE3D;

    /// <summary>An upper bound on the number of features of a normalised text of this length.</summary>
    public static int Capacity(int normalisedLength) => (normalisedLength * 5) + 8;

    public static int Extract(ReadOnlySpan<char> normalised, Span<int> features)
    {
        var count = 0;
        var previousStart = -1;
        var previousLength = 0;
        var position = 0;
        while (position < normalised.Length)
        {
            if (normalised[position] == ' ')
            {
                position++;
                continue;
            }

            var end = normalised[position..].IndexOf(' ');
            var length = end < 0 ? normalised.Length - position : end;
            var word = normalised.Slice(position, length);
            features[count++] = WordBucket(word);
            if (previousStart >= 0)
            {
                var h = Hash(BigramSeed, normalised.Slice(previousStart, previousLength));
                h = Hash(h, " ");
                features[count++] = Finish(Hash(h, word));
            }

            previousStart = position;
            previousLength = length;
            position += length;
        }

        for (var n = 3; n <= 5; n++)
        {
            var seed = CharSeed + (uint)n;
            for (var i = 0; i + n <= normalised.Length; i++)
            {
                features[count++] = Finish(Hash(seed, normalised.Slice(i, n)));
            }
        }

        return count;
    }

    /// <summary>The bucket of a single word, used to explain which words decided.</summary>
    public static int WordBucket(ReadOnlySpan<char> word) => Finish(Hash(WordSeed, word));

    private static uint Hash(uint seed, ReadOnlySpan<char> text)
    {
        var h = seed ^ 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private static int Finish(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return (int)(h & (BucketCount - 1));
    }
}
