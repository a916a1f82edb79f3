using IntakeBot.Recognizers.Text;

namespace IntakeBot.Recognizers.Organisation;

/// <summary>
/// Maps organisation names in free text to organisation ids, tolerant of typos, missing spaces and diacritics
/// ("kracht den haag", "krachtvoorjeugd", "veiligthuis", "blijfgroep", "akj"). Built from data (content/), not code.
/// </summary>
/// <remarks>
/// Every run of up to (longest alias + 1) words is compared, without spaces, to every alias with an edit distance
/// scaled by length (none up to 5 letters, 1 up to 8, 2 up to 14, then 3). Typing only the start of a longer
/// multi-word name ("veilig thuis" for "Veilig Thuis Hollands Midden") matches at a lower score. Where a span
/// matches several organisations about equally well, all are returned, best first, with the same offsets.
/// Input beyond <see cref="MaxInputLength"/> characters is not read. Immutable and safe for concurrent use.
/// Meant for answers to "which organisation?": aliases that are also ordinary words ("blijf", "veilig thuis")
/// match in any sentence ("ik voel me niet veilig thuis").
/// </remarks>
public sealed class OrganisationNameRecognizer
{
    /// <summary>The type name of model results.</summary>
    public const string TypeName = "organisation";

    /// <summary>Organisation names come in short answers; longer input is read only up to here.</summary>
    public const int MaxInputLength = 4096;

    private const double PrefixWeight = 0.6;
    private const double AmbiguityMargin = 0.1;

    private readonly List<AliasEntry> _aliases;
    private readonly int _maxWindowTokens;
    private readonly int _maxKeyLength;

    /// <summary>Builds the recognizer from the organisations and their aliases.</summary>
    public OrganisationNameRecognizer(IEnumerable<OrganisationNames> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        _aliases = [.. organisations.SelectMany(o => o.Names.Select(n => AliasEntry.Create(o.OrganisationId, n))).Where(a => a.Key.Length > 0)];
        _maxWindowTokens = _aliases.Count == 0 ? 0 : _aliases.Max(a => a.Prefixes.Count) + 1;
        _maxKeyLength = _aliases.Count == 0 ? 0 : _aliases.Max(a => a.Key.Length) + NameTypos.Allowed(int.MaxValue);
    }

    /// <summary>Finds organisation names in <paramref name="text"/>; ambiguous spans give one match per candidate.</summary>
    public IReadOnlyList<OrganisationMatch> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = NameNormalizer.Tokenize(text, MaxInputLength);
        var spans = new List<SpanCandidates>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = string.Empty;
            for (var w = 1; w <= _maxWindowTokens && i + w <= tokens.Count; w++)
            {
                key += tokens[i + w - 1].Key;
                if (key.Length > _maxKeyLength)
                {
                    break;
                }

                var candidates = Score(key);
                if (candidates.Count > 0)
                {
                    spans.Add(new SpanCandidates(tokens[i].Start, tokens[i + w - 1].End, candidates));
                }
            }
        }

        return Select(text, spans);
    }

    /// <summary>The same matches in Recognizers-Text's shape: one result per span, type <c>organisation</c>,
    /// resolution <c>value</c> (best id), <c>score</c> and <c>values</c> (every candidate with id, score and name).</summary>
    public IReadOnlyList<ModelResult> RecognizeModelResults(string text) =>
        [.. Recognize(text)
            .GroupBy(m => (m.Start, m.End))
            .Select(g => new ModelResult(g.First().Text, g.Key.Start, g.Key.End, TypeName, new Dictionary<string, object?>
            {
                ["value"] = g.First().OrganisationId,
                ["score"] = g.First().Score,
                ["values"] = g.Select(m => new Dictionary<string, object?> { ["value"] = m.OrganisationId, ["score"] = m.Score, ["name"] = m.MatchedName }).ToList(),
            }))];

    private List<(AliasEntry Alias, double Score)> Score(string key)
    {
        Dictionary<string, (AliasEntry Alias, double Score)>? best = null;
        foreach (var alias in _aliases)
        {
            var score = Similarity(key, alias.Key);
            for (var p = 0; p < alias.Prefixes.Count - 1 && score < PrefixWeight; p++)
            {
                // One leading word of a long name ("veilig", "kracht") is too common to count on its own.
                if (p == 0 && alias.Prefixes[0].Length * 2 < alias.Key.Length)
                {
                    continue;
                }

                score = Math.Max(score, PrefixWeight * Similarity(key, alias.Prefixes[p]));
            }

            if (score > 0)
            {
                best ??= new Dictionary<string, (AliasEntry Alias, double Score)>(StringComparer.Ordinal);
                if (!best.TryGetValue(alias.OrganisationId, out var current) || score > current.Score)
                {
                    best[alias.OrganisationId] = (alias, score);
                }
            }
        }

        return best is null ? [] : [.. best.Values];
    }

    private static double Similarity(string key, string alias)
    {
        var bound = NameTypos.Allowed(alias.Length);
        var distance = EditDistance.Bounded(key, alias, bound);
        return distance > bound ? 0 : 1.0 - ((double)distance / Math.Max(key.Length, alias.Length));
    }

    private static List<OrganisationMatch> Select(string text, List<SpanCandidates> spans)
    {
        var accepted = new List<SpanCandidates>();
        var ordered = spans
            .OrderByDescending(s => s.Candidates.Max(c => c.Score))
            .ThenByDescending(s => s.End - s.Start)
            .ThenBy(s => s.Start);
        foreach (var span in ordered)
        {
            if (!accepted.Exists(a => a.Start < span.End && span.Start < a.End))
            {
                accepted.Add(span);
            }
        }

        var matches = new List<OrganisationMatch>();
        foreach (var span in accepted.OrderBy(s => s.Start))
        {
            var top = span.Candidates.Max(c => c.Score);
            matches.AddRange(span.Candidates
                .Where(c => c.Score >= top - AmbiguityMargin)
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Alias.OrganisationId, StringComparer.Ordinal)
                .Select(c => new OrganisationMatch(c.Alias.OrganisationId, text[span.Start..span.End], span.Start, span.End - 1, Math.Round(c.Score, 3), c.Alias.Name)));
        }

        return matches;
    }

    private sealed record SpanCandidates(int Start, int End, List<(AliasEntry Alias, double Score)> Candidates);
}
