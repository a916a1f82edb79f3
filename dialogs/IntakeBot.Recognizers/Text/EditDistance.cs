namespace IntakeBot.Recognizers.Text;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus swapped neighbours), cut off above a bound: the one
/// implementation behind every typo-tolerant match (choices, organisation names).
/// </summary>
/// <remarks>O(|a|·|b|) time, but it stops as soon as every cell of a row exceeds the bound; allocation-free for short words.</remarks>
public static class EditDistance
{
    private const int StackLimit = 64;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="bound"/> + 1 when it is larger.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bound);
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = width <= StackLimit ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
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

            if (rowMin > bound)
            {
                return bound + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
