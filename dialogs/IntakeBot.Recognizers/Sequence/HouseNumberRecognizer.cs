namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds house numbers with an optional addition, as typed in an answer to "what is your house number?":
/// "12", "12a", "12 A", "12-II", "12-2", "12 bis", "12hs", "12-3 hoog". Meant for prompt answers: in free text any
/// number qualifies, so use <c>Pii.PiiRedactor</c> (street + number) for addresses in sentences.
/// </summary>
/// <remarks>Type name <c>housenumber</c>; resolution <c>value</c> (the number), <c>addition</c> (upper case or null).</remarks>
public static class HouseNumberRecognizer
{
    /// <summary>The type name of results.</summary>
    public const string TypeName = "housenumber";

    private static readonly string[] WordAdditions = ["bis", "ter", "hs", "huis", "bg", "hoog", "boven", "beneden", "zw", "rd", "bv"];

    /// <summary>Finds all house numbers in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        var i = 0;
        while (i < text.Length)
        {
            if (TryAt(text, i, out var end, out var number, out var addition))
            {
                results.Add(CharClass.Result(text, i, end, TypeName, new Dictionary<string, object?>
                {
                    ["value"] = number,
                    ["addition"] = addition,
                }));
                i = end;
                continue;
            }

            i++;
        }

        return results;
    }

    internal static bool TryAt(string text, int start, out int end, out string number, out string? addition)
    {
        end = start;
        number = string.Empty;
        addition = null;
        if (text[start] is < '1' or > '9' || CharClass.IsWordAt(text, start - 1))
        {
            return false;
        }

        var i = start;
        while (i < text.Length && i - start < 5 && CharClass.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (CharClass.IsWordAt(text, i) && !CharClass.IsAsciiLetter(text[i]))
        {
            return false;
        }

        number = text[start..i];
        end = i;
        var additionStart = i < text.Length && text[i] is '-' or ' ' or '/' ? i + 1 : i;
        var additionEnd = AdditionEnd(text, additionStart);
        if (additionEnd > additionStart)
        {
            addition = text[additionStart..additionEnd].ToUpperInvariant();
            end = additionEnd;
        }
        else if (CharClass.IsWordAt(text, i))
        {
            return false;
        }

        return true;
    }

    private static int AdditionEnd(string text, int from)
    {
        var wordEnd = from;
        while (wordEnd < text.Length && CharClass.IsAsciiLetterOrDigit(text[wordEnd]) && wordEnd - from < 8)
        {
            wordEnd++;
        }

        if (wordEnd == from || CharClass.IsWordAt(text, wordEnd))
        {
            return from;
        }

        var word = text[from..wordEnd];
        var digitsThenHoog = word.Length > 1 && CharClass.IsAsciiDigit(word[0]) && word[1..].Equals("hoog", StringComparison.OrdinalIgnoreCase);
        var isAddition = (word.Length == 1 && CharClass.IsAsciiLetter(word[0]) && text[from - 1] != ' ')
            || (word.Length == 1 && char.IsUpper(word[0]))
            || IsRoman(word)
            || (word.Length <= 3 && IsDigits(word) && text[from - 1] is '-' or '/')
            || digitsThenHoog
            || Array.Exists(WordAdditions, a => word.Equals(a, StringComparison.OrdinalIgnoreCase));
        return isAddition ? wordEnd : from;
    }

    private static bool IsRoman(string word) =>
        word.Length is > 0 and <= 4 && word.AsSpan().Trim("IVX").IsEmpty;

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
