using IntakeBot.Recognizers.Text;

namespace IntakeBot.Dialogs.Text;

/// <summary>Typo tolerance for single answer words (choice labels and synonyms).</summary>
public static class WordTypos
{
    /// <summary>Words longer than this are compared exactly: typo tolerance is for words, not texts.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The number of typos allowed in a word of <paramref name="length"/> letters: 0 up to 3, 1 up to 5, else 2.</summary>
    public static int Allowed(int length) => length <= 3 ? 0 : length <= 5 ? 1 : 2;

    /// <summary>True when <paramref name="typed"/> equals <paramref name="expected"/> up to the typos allowed for the expected word.</summary>
    public static bool IsCloseEnough(string typed, string expected)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(expected);
        if (typed == expected)
        {
            return true;
        }

        var allowed = Allowed(expected.Length);
        return allowed > 0 && typed.Length <= MaxWordLength && expected.Length <= MaxWordLength
            && EditDistance.Bounded(typed, expected, allowed) <= allowed;
    }
}
