namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds IBANs of any listed country ("NL91 ABNA 0417 1643 00", "nl91abna0417164300"), checked with the country's
/// length and the ISO 7064 mod-97 check. Used to redact them.
/// </summary>
/// <remarks>Type name <c>iban</c>; resolution <c>value</c> (compact, upper case) and <c>country</c>.</remarks>
public static class IbanRecognizer
{
    /// <summary>The type name of results.</summary>
    public const string TypeName = "iban";

    /// <summary>Finds all valid IBANs in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        var i = 0;
        while (i + 4 <= text.Length)
        {
            if (TryAt(text, i, out var end, out var iban))
            {
                results.Add(CharClass.Result(text, i, end, TypeName, new Dictionary<string, object?>
                {
                    ["value"] = iban,
                    ["country"] = iban[..2],
                }));
                i = end;
                continue;
            }

            i++;
        }

        return results;
    }

    /// <summary>True when <paramref name="compact"/> (no spaces) has its country's length and passes mod-97.</summary>
    public static bool IsValid(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 5 || !IbanLengths.TryGet(compact[..2], out var length) || compact.Length != length)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < compact.Length; k++)
        {
            var c = char.ToUpperInvariant(compact[(k + 4) % compact.Length]);
            if (CharClass.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    private static bool TryAt(string text, int start, out int end, out string iban)
    {
        end = start;
        iban = string.Empty;
        if (CharClass.IsWordAt(text, start - 1) || !CharClass.IsAsciiLetter(text[start]) || !CharClass.IsAsciiLetter(text[start + 1])
            || !CharClass.IsAsciiDigit(text[start + 2]) || !CharClass.IsAsciiDigit(text[start + 3])
            || !IbanLengths.TryGet(text.AsSpan(start, 2), out var length))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[length];
        var count = 0;
        var i = start;
        while (i < text.Length && count < length)
        {
            if (CharClass.IsAsciiLetterOrDigit(text[i]))
            {
                buffer[count++] = char.ToUpperInvariant(text[i++]);
            }
            else if (text[i] is ' ' or '-' && i + 1 < text.Length && CharClass.IsAsciiLetterOrDigit(text[i + 1]) && count > 0)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (count != length || CharClass.IsWordAt(text, i) || !IsValid(buffer))
        {
            return false;
        }

        end = i;
        iban = new string(buffer);
        return true;
    }
}
