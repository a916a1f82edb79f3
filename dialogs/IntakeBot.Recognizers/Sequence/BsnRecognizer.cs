namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds Dutch citizen service numbers (BSN): nine digits, optionally grouped with dots, spaces or dashes
/// ("123456782", "1234.56.782", "123 456 782"), that pass the 11-proof. Used to redact them.
/// </summary>
/// <remarks>Type name <c>bsn</c>; resolution <c>value</c> is the nine digits.</remarks>
public static class BsnRecognizer
{
    /// <summary>The type name of results.</summary>
    public const string TypeName = "bsn";

    private const int Length = 9;

    /// <summary>Finds all valid BSNs in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        var i = 0;
        while (i < text.Length)
        {
            if (CharClass.IsAsciiDigit(text[i]) && !CharClass.IsWordAt(text, i - 1) && TryAt(text, i, out var end, out var digits))
            {
                results.Add(CharClass.Result(text, i, end, TypeName, new Dictionary<string, object?> { ["value"] = digits }));
                i = end;
                continue;
            }

            i++;
        }

        return results;
    }

    /// <summary>The 11-proof: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool IsValid(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != Length)
        {
            return false;
        }

        var sum = 0;
        var any = false;
        for (var k = 0; k < Length; k++)
        {
            if (!CharClass.IsAsciiDigit(nineDigits[k]))
            {
                return false;
            }

            var d = nineDigits[k] - '0';
            any |= d != 0;
            sum += k < Length - 1 ? (Length - k) * d : -d;
        }

        return any && sum % 11 == 0;
    }

    private static bool TryAt(string text, int start, out int end, out string digits)
    {
        Span<char> buffer = stackalloc char[Length];
        var count = 0;
        var i = start;
        end = start;
        digits = string.Empty;
        while (i < text.Length && count < Length)
        {
            if (CharClass.IsAsciiDigit(text[i]))
            {
                buffer[count++] = text[i++];
                continue;
            }

            if (text[i] is '.' or ' ' or '-' && i + 1 < text.Length && CharClass.IsAsciiDigit(text[i + 1]) && CharClass.IsAsciiDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (count != Length || CharClass.IsWordAt(text, i) || !IsValid(buffer))
        {
            return false;
        }

        // "06 123456782" would glue a phone prefix to nine digits: refuse when another digit group follows or precedes.
        if (i + 1 < text.Length && text[i] is '.' or '-' && CharClass.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        end = i;
        digits = new string(buffer);
        return true;
    }
}
