using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Classification;

/// <summary>A compiled cue rule over phrase ids of the rule set's <see cref="PhraseSet"/>.</summary>
internal sealed record CueRule(string Id, int Label, float Boost, int[][] All, int[] None)
{
    public bool Matches(ReadOnlySpan<ulong> found)
    {
        foreach (var phrase in None)
        {
            if (PhraseSet.Contains(found, phrase))
            {
                return false;
            }
        }

        foreach (var group in All)
        {
            if (FirstMatch(group, found) < 0)
            {
                return false;
            }
        }

        return All.Length > 0;
    }

    /// <summary>The phrase ids that made the rule fire, one per group, for the cues shown to staff.</summary>
    public IEnumerable<int> Evidence(ulong[] found) => All.Select(group => FirstMatch(group, found)).Where(id => id >= 0);

    private static int FirstMatch(int[] group, ReadOnlySpan<ulong> found)
    {
        foreach (var phrase in group)
        {
            if (PhraseSet.Contains(found, phrase))
            {
                return phrase;
            }
        }

        return -1;
    }
}
