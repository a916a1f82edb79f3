namespace IntakeBot.Understanding.Crisis;

/// <summary>A compiled lexicon phrase: word ids (<see cref="Wildcard"/> for "*"), an optional end anchor and its category.</summary>
internal sealed record CrisisPhrase(int[] Words, bool AnchoredAtEnd, int Category, string Text)
{
    public const int Wildcard = -2;

    public bool MatchesAt(ReadOnlySpan<int> tokens, int start)
    {
        if (start + Words.Length > tokens.Length || (AnchoredAtEnd && start + Words.Length != tokens.Length))
        {
            return false;
        }

        for (var i = 0; i < Words.Length; i++)
        {
            if (Words[i] != Wildcard && Words[i] != tokens[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
