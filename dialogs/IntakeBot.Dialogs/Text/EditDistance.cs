namespace IntakeBot.Dialogs.Text;

/// <summary>Damerau-Levenshtein distance (optimal string alignment) for short words, to accept small typos.</summary>
public static class EditDistance
{
    /// <summary>Words longer than this are compared exactly: typo tolerance is for words, not texts.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The number of typos allowed in a word of <paramref name="length"/> letters: 0 up to 3, 1 up to 5, else 2.</summary>
    public static int AllowedTypos(int length) => length <= 3 ? 0 : length <= 5 ? 1 : 2;

    /// <summary>True when <paramref name="typed"/> equals <paramref name="expected"/> up to the typos allowed for the expected word.</summary>
    public static bool IsCloseEnough(string typed, string expected)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(expected);
        if (typed == expected)
        {
            return true;
        }

        var allowed = AllowedTypos(expected.Length);
        return allowed > 0 && Math.Abs(typed.Length - expected.Length) <= allowed && Distance(typed, expected, allowed) <= allowed;
    }

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> when it exceeds <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length > MaxWordLength || b.Length > MaxWordLength)
        {
            return a == b ? 0 : max + 1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
