using System.Buffers;

namespace IntakeBot.Understanding.Text;

/// <summary>
/// Finds which of a fixed set of word phrases occur in a normalised text, in one pass over its words:
/// words are mapped to ids once, and only phrases that start with a word of the text are checked.
/// Much faster than searching for every phrase separately, and allocation-free.
/// </summary>
internal sealed class PhraseSet
{
    private const int StackLimit = 256;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly int[][][] _phrasesByFirstWord;
    private readonly int[][] _phraseIdsByFirstWord;

    /// <summary>Phrase i of <paramref name="phrases"/> (already normalised) gets id i.</summary>
    public PhraseSet(IReadOnlyList<string> phrases)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = phrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => IdOf(words, w)).ToArray())
            .ToArray();
        var byFirst = new List<int>[words.Count];
        for (var p = 0; p < encoded.Length; p++)
        {
            if (encoded[p].Length > 0)
            {
                (byFirst[encoded[p][0]] ??= []).Add(p);
            }
        }

        _phrasesByFirstWord = [.. byFirst.Select(list => list is null ? [] : list.Select(p => encoded[p]).ToArray())];
        _phraseIdsByFirstWord = [.. byFirst.Select(list => list is null ? [] : list.ToArray())];
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = phrases.Count;
    }

    public int Count { get; }

    /// <summary>How many 64-bit words a result bit set needs.</summary>
    public int BitSetLength => (Count + 63) / 64;

    /// <summary>Sets bit i of <paramref name="found"/> for every phrase i that occurs in <paramref name="normalised"/>.</summary>
    public void Match(ReadOnlySpan<char> normalised, Span<ulong> found)
    {
        found.Clear();
        var capacity = (normalised.Length / 2) + 1;
        int[]? rented = null;
        var tokens = capacity <= StackLimit ? stackalloc int[StackLimit] : (rented = ArrayPool<int>.Shared.Rent(capacity));
        try
        {
            var count = 0;
            foreach (var range in normalised.Split(' '))
            {
                var word = normalised[range];
                if (!word.IsEmpty)
                {
                    tokens[count++] = _words.TryGetValue(word, out var id) ? id : -1;
                }
            }

            for (var i = 0; i < count; i++)
            {
                if (tokens[i] < 0)
                {
                    continue;
                }

                var candidates = _phrasesByFirstWord[tokens[i]];
                for (var c = 0; c < candidates.Length; c++)
                {
                    var phrase = candidates[c];
                    if (i + phrase.Length <= count && tokens.Slice(i, phrase.Length).SequenceEqual(phrase))
                    {
                        var id = _phraseIdsByFirstWord[tokens[i]][c];
                        found[id >> 6] |= 1UL << (id & 63);
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    public static bool Contains(ReadOnlySpan<ulong> found, int id) => (found[id >> 6] & (1UL << (id & 63))) != 0;

    private static int IdOf(Dictionary<string, int> words, string word)
    {
        if (!words.TryGetValue(word, out var id))
        {
            id = words.Count;
            words[word] = id;
        }

        return id;
    }
}
