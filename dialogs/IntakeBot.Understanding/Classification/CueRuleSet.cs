using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Classification;

/// <summary>The decisive cue rules from <c>rules.yaml</c>, compiled against the label order of the classifier.</summary>
internal sealed class CueRuleSet
{
    public const int MaxRules = 64;

    private readonly CueRule[] _rules;

    public CueRuleSet(RulesDocument document, IReadOnlyList<string> labels, TextNormaliser normaliser)
    {
        if (document.Rules.Count > MaxRules)
        {
            throw new ContentException($"rules.yaml: at most {MaxRules} rules are supported.");
        }

        _rules = [.. document.Rules.Select(rule => Compile(rule, labels, normaliser))];
    }

    public CueRule this[int index] => _rules[index];

    /// <summary>Adds the boosts of the rules that fire to <paramref name="scores"/> and returns them as a bit mask.</summary>
    public ulong Apply(ReadOnlySpan<char> normalised, Span<float> scores)
    {
        ulong fired = 0;
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.Matches(normalised))
            {
                scores[rule.Label] += rule.Boost;
                fired |= 1UL << r;
            }
        }

        return fired;
    }

    private static CueRule Compile(CueRuleDocument rule, IReadOnlyList<string> labels, TextNormaliser normaliser)
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

    private static string[] Phrases(IEnumerable<string> phrases, TextNormaliser normaliser) =>
        [.. phrases.Select(normaliser.Normalise).Where(p => p.Trim().Length > 0).Distinct(StringComparer.Ordinal)];
}
