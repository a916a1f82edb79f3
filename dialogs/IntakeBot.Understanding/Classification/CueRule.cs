namespace IntakeBot.Understanding.Classification;

/// <summary>A compiled cue rule. Phrases are normalised and padded with spaces so a substring search finds whole words.</summary>
internal sealed record CueRule(string Id, int Label, float Boost, string[][] All, string[] None)
{
    public bool Matches(ReadOnlySpan<char> normalised)
    {
        foreach (var phrase in None)
        {
            if (normalised.Contains(phrase, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var group in All)
        {
            if (FirstMatch(group, normalised) is null)
            {
                return false;
            }
        }

        return All.Length > 0;
    }

    /// <summary>The phrases that made the rule fire, for the cues shown to staff.</summary>
    public IEnumerable<string> Evidence(string normalised) =>
        All.Select(group => FirstMatch(group, normalised)?.Trim() ?? "");

    private static string? FirstMatch(string[] group, ReadOnlySpan<char> normalised)
    {
        foreach (var phrase in group)
        {
            if (normalised.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }
}
