using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Classification;

/// <summary>The decisive cue rules from <c>rules.yaml</c>, compiled against the label order of the classifier.</summary>
internal sealed class CueRuleSet
{
    public const int MaxRules = 64;

    private readonly CueRule[] _rules;
    private readonly List<string> _phrases = [];
    private readonly Dictionary<string, int> _phraseIds = new(StringComparer.Ordinal);
    private readonly PhraseSet _phraseSet;

    public CueRuleSet(RulesDocument document, IReadOnlyList<string> labels, TextNormaliser normaliser)
    {
        if (document.Rules.Count > MaxRules)
        {
            throw new ContentException($"rules.yaml: at most {MaxRules} rules are supported.");
        }

        _rules = [.. document.Rules.Select(rule => Compile(rule, labels, normaliser))];
        _phraseSet = new PhraseSet(_phrases);
    }

    public CueRule this[int index] => _rules[index];

    /// <summary>Room for the phrase bit set <see cref="Apply"/> fills.</summary>
    public int BitSetLength => _phraseSet.BitSetLength;

    /// <summary>
    /// Adds the boosts of the rules that fire to <paramref name="scores"/> and returns them as a bit mask;
    /// <paramref name="found"/> receives the phrases that occur, for <see cref="Evidence"/>.
    /// </summary>
    public ulong Apply(ReadOnlySpan<char> normalised, Span<float> scores, Span<ulong> found)
    {
        _phraseSet.Match(normalised, found);
        ulong fired = 0;
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.Matches(found))
            {
                scores[rule.Label] += rule.Boost;
                fired |= 1UL << r;
            }
        }

        return fired;
    }

    /// <summary>The phrases that made rule <paramref name="rule"/> fire.</summary>
    public IEnumerable<string> Evidence(int rule, ulong[] found) => _rules[rule].Evidence(found).Select(id => _phrases[id]);

    private CueRule Compile(CueRuleDocument rule, IReadOnlyList<string> labels, TextNormaliser normaliser)
    {
        var label = labels.ToList().IndexOf(rule.Label);
        if (label < 0)
        {
            throw new ContentException($"rules.yaml: rule '{rule.Id}' has unknown label '{rule.Label}'.");
        }

        return new CueRule(
            rule.Id,
            label,
            (float)rule.Boost,
            [.. rule.All.Select(group => Phrases(group, normaliser))],
            Phrases(rule.None, normaliser));
    }

    private int[] Phrases(IEnumerable<string> phrases, TextNormaliser normaliser) =>
        [.. phrases.Select(p => normaliser.Normalise(p).Trim()).Where(p => p.Length > 0).Select(IdOf).Distinct()];

    private int IdOf(string phrase)
    {
        if (!_phraseIds.TryGetValue(phrase, out var id))
        {
            id = _phrases.Count;
            _phrases.Add(phrase);
            _phraseIds[phrase] = id;
        }

        return id;
    }
}
