using System.Buffers;
using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Crisis;

/// <summary>
/// Finds crisis signals (suicide, self-harm, violence at home, sexual abuse, running away, immediate
/// danger) in any message, in Dutch and English, with chat spellings and single typos. Built for
/// recall: run it on every user message. Harmless figures of speech from content are blanked out
/// first. Thread-safe; never throws on any input.
/// </summary>
public sealed class CrisisDetector
{
    /// <summary>Words shorter than this must be spelt exactly: short words are too close to each other.</summary>
    private const int FuzzyMinLength = 5;
    private const int StackLimit = 512;
    private const int WindowOverlap = 200;

    private readonly TextNormaliser _normaliser;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly Dictionary<char, (string Word, int Id)[]> _fuzzy;
    private readonly CrisisPhrase[][] _phrasesByFirstWord;
    private readonly string[] _falseAlarms;
    private readonly string[] _categories;
    private readonly string[][] _help;

    /// <summary>Builds the detector from the crisis lexicon and chat spellings in content.</summary>
    public CrisisDetector(UnderstandingContent content)
        : this(content.Crisis, new TextNormaliser(content.Normalisation.Spellings))
    {
    }

    internal CrisisDetector(CrisisDocument document, TextNormaliser normaliser)
    {
        _normaliser = normaliser;
        _categories = [.. document.Categories.Keys];
        if (_categories.Length is 0 or > 31)
        {
            throw new ContentException("crisis.yaml: between 1 and 31 categories are supported.");
        }

        _help = [.. document.Categories.Values.Select(c => c.Help.ToArray())];
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new List<CrisisPhrase>();
        for (var c = 0; c < _categories.Length; c++)
        {
            foreach (var text in document.Categories[_categories[c]].Phrases)
            {
                var words = normaliser.Normalise(text.Replace("*", " xwildcardx ", StringComparison.Ordinal))
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                var anchored = text.TrimEnd().EndsWith('$');
                if (words.Count == 0 || words[0] == "xwildcardx")
                {
                    throw new ContentException($"crisis.yaml: phrase '{text}' must start with a word.");
                }

                var ids = words.Select(w => w == "xwildcardx" ? CrisisPhrase.Wildcard : IdOf(vocabulary, w)).ToArray();
                phrases.Add(new CrisisPhrase(ids, anchored, c, text.TrimEnd('$', ' ')));
            }
        }

        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _fuzzy = vocabulary.Where(p => p.Key.Length >= FuzzyMinLength - 1)
            .GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
        _phrasesByFirstWord = new CrisisPhrase[vocabulary.Count][];
        foreach (var group in phrases.GroupBy(p => p.Words[0]))
        {
            _phrasesByFirstWord[group.Key] = [.. group];
        }

        _falseAlarms = [.. document.FalseAlarms.Select(normaliser.Normalise).Where(p => p.Trim().Length > 0)];
    }

    /// <summary>Checks one message, all of it: long messages are read in overlapping windows.</summary>
    public CrisisAssessment Detect(string? text)
    {
        var input = (text ?? "").AsSpan();
        if (input.Length <= TextNormaliser.MaxInputLength)
        {
            return DetectWindow(input);
        }

        // A parent's long story may mention the danger only at the end. The overlap is longer than
        // any phrase, so a phrase cut by one window boundary is whole in the next window.
        var result = CrisisAssessment.None;
        const int step = TextNormaliser.MaxInputLength - WindowOverlap;
        for (var start = 0; start < input.Length; start += step)
        {
            var window = DetectWindow(input.Slice(start, Math.Min(TextNormaliser.MaxInputLength, input.Length - start)));
            result = window.IsCrisis ? Merge(result, window) : result;
            if (start + TextNormaliser.MaxInputLength >= input.Length)
            {
                break;
            }
        }

        return result;
    }

    private CrisisAssessment DetectWindow(ReadOnlySpan<char> input)
    {
        var capacity = _normaliser.OutputCapacity(input.Length);
        var scratchCapacity = TextNormaliser.ScratchCapacity(input.Length);
        char[]? rented = null;
        var buffer = capacity + scratchCapacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(capacity + scratchCapacity));
        try
        {
            var length = _normaliser.Normalise(input, buffer[..capacity], buffer[capacity..]);
            return Detect(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Checks a message that is already normalised by the same normaliser.</summary>
    internal CrisisAssessment Detect(ReadOnlySpan<char> normalised)
    {
        char[]? rentedText = null;
        int[]? rentedTokens = null;
        var text = normalised.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rentedText = ArrayPool<char>.Shared.Rent(normalised.Length));
        var tokenCapacity = (normalised.Length / 2) + 1;
        var tokens = tokenCapacity <= StackLimit / 2
            ? stackalloc int[StackLimit / 2]
            : (rentedTokens = ArrayPool<int>.Shared.Rent(tokenCapacity));
        try
        {
            normalised.CopyTo(text);
            var span = text[..normalised.Length];
            BlankFalseAlarms(span);
            var count = Tokenise(span, tokens);
            return Match(tokens[..count]);
        }
        finally
        {
            if (rentedText is not null)
            {
                ArrayPool<char>.Shared.Return(rentedText);
            }

            if (rentedTokens is not null)
            {
                ArrayPool<int>.Shared.Return(rentedTokens);
            }
        }
    }

    private void BlankFalseAlarms(Span<char> text)
    {
        foreach (var phrase in _falseAlarms)
        {
            var from = 0;
            int at;
            while ((at = ((ReadOnlySpan<char>)text[from..]).IndexOf(phrase, StringComparison.Ordinal)) >= 0)
            {
                text.Slice(from + at + 1, phrase.Length - 2).Fill(' ');
                from += at + phrase.Length - 1;
            }
        }
    }

    private int Tokenise(ReadOnlySpan<char> text, Span<int> tokens)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (!word.IsEmpty)
            {
                tokens[count++] = Lookup(word);
            }
        }

        return count;
    }

    private int Lookup(ReadOnlySpan<char> word)
    {
        if (_vocabulary.TryGetValue(word, out var id))
        {
            return id;
        }

        if (word.Length < FuzzyMinLength || !_fuzzy.TryGetValue(word[0], out var candidates))
        {
            return -1;
        }

        foreach (var (candidate, candidateId) in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) <= 1 && EditDistance.WithinOne(word, candidate))
            {
                return candidateId;
            }
        }

        return -1;
    }

    private CrisisAssessment Match(ReadOnlySpan<int> tokens)
    {
        var found = 0;
        CrisisPhrase?[] evidence = [];
        for (var i = 0; i < tokens.Length; i++)
        {
            var id = tokens[i];
            if (id < 0 || _phrasesByFirstWord[id] is not { } candidates)
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if ((found & (1 << phrase.Category)) == 0 && phrase.MatchesAt(tokens, i))
                {
                    found |= 1 << phrase.Category;
                    if (evidence.Length == 0)
                    {
                        evidence = new CrisisPhrase?[_categories.Length];
                    }

                    evidence[phrase.Category] = phrase;
                }
            }
        }

        return found == 0 ? CrisisAssessment.None : Describe(found, evidence);
    }

    private CrisisAssessment Describe(int found, CrisisPhrase?[] evidence)
    {
        var categories = new List<string>();
        var help = new List<string>();
        var cues = new List<string>();
        for (var c = 0; c < _categories.Length; c++)
        {
            if ((found & (1 << c)) != 0)
            {
                categories.Add(_categories[c]);
                cues.Add($"crisis:{_categories[c]}:{evidence[c]!.Text}");
                help.AddRange(_help[c].Where(h => !help.Contains(h)));
            }
        }

        return new CrisisAssessment(true, categories, help, cues);
    }

    private CrisisAssessment Merge(CrisisAssessment first, CrisisAssessment second)
    {
        if (!first.IsCrisis)
        {
            return second;
        }

        var categories = first.Categories.Union(second.Categories, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return new CrisisAssessment(
            true,
            [.. _categories.Where(categories.Contains)],
            [.. first.Help.Union(second.Help, StringComparer.Ordinal)],
            [.. first.Cues.Union(second.Cues, StringComparer.Ordinal)]);
    }

    private static int IdOf(Dictionary<string, int> vocabulary, string word)
    {
        if (!vocabulary.TryGetValue(word, out var id))
        {
            id = vocabulary.Count;
            vocabulary[word] = id;
        }

        return id;
    }
}
