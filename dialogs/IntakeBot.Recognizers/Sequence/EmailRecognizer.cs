namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds e-mail addresses: an ASCII local part (letters, digits, <c>. _ % + -</c>, no leading, trailing or double dot),
/// then a host name whose last label is at least two letters, or an IPv4 literal in brackets.
/// </summary>
/// <remarks>
/// Scans outwards from each '@', so every character is read a bounded number of times (linear).
/// Type name <c>email</c>; resolution <c>value</c> is the address in lower case.
/// </remarks>
public static class EmailRecognizer
{
    /// <summary>The type name of results, as in Recognizers-Text.</summary>
    public const string TypeName = "email";

    /// <summary>Finds all e-mail addresses in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var at = text.IndexOf('@', searchFrom);
            if (at < 0)
            {
                break;
            }

            searchFrom = at + 1;
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            var end = DomainEnd(text, at + 1);
            if (end < 0 || !IsValidLocal(text.AsSpan(start, at - start)))
            {
                continue;
            }

            var value = text[start..end].ToLowerInvariant();
            results.Add(CharClass.Result(text, start, end, TypeName, new Dictionary<string, object?> { ["value"] = value }));
            searchFrom = end;
        }

        return results;
    }

    private static bool IsLocalChar(char c) => CharClass.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsValidLocal(ReadOnlySpan<char> local) =>
        local.Length is > 0 and <= 64 && local[0] != '.' && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal);

    /// <summary>The exclusive end of a valid domain starting at <paramref name="from"/>, or -1.</summary>
    private static int DomainEnd(string text, int from)
    {
        if (from < text.Length && text[from] == '[')
        {
            var close = from + 1;
            while (close < text.Length && close - from <= 16 && (CharClass.IsAsciiDigit(text[close]) || text[close] == '.'))
            {
                close++;
            }

            return close < text.Length && text[close] == ']' && HostRules.IsIPv4(text.AsSpan(from + 1, close - from - 1)) ? close + 1 : -1;
        }

        var end = from;
        while (end < text.Length && (CharClass.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }

        if (end < text.Length && (text[end] == '_' || text[end] == '@'))
        {
            return -1;
        }

        while (end > from && text[end - 1] == '.')
        {
            end--;
        }

        return HostRules.IsDomainName(text.AsSpan(from, end - from), requireKnownTld: false) ? end : -1;
    }
}
