namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds Dutch postcodes: four digits (not starting with 0) and two letters, with or without a space
/// ("1234 AB", "1234ab"). Letter pairs SA, SD and SS are never issued.
/// </summary>
/// <remarks>
/// "2010 en" is a year and a word, not a postcode: with a space and lower-case letters, common two-letter words
/// are refused. Type name <c>postcode</c>; resolution <c>value</c> is normalised as "1234 AB".
/// </remarks>
public static class PostcodeRecognizer
{
    /// <summary>The type name of results.</summary>
    public const string TypeName = "postcode";

    private static readonly HashSet<string> CommonWords = new(
        ["al", "an", "as", "at", "da", "de", "do", "en", "er", "es", "eu", "go", "he", "hi", "ik", "in", "is", "it", "je",
         "ja", "km", "kg", "me", "mn", "my", "na", "no", "nu", "of", "ok", "om", "on", "op", "or", "so", "te", "to", "up",
         "us", "uw", "we", "ze", "zn", "zo", "cm", "mm", "ml", "gr", "dl", "cl", "xl", "pm", "am", "uu", "ns"],
        StringComparer.Ordinal);

    /// <summary>Finds all postcodes in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        for (var i = 0; i + 6 <= text.Length; i++)
        {
            if (TryAt(text, i, out var end, out var value))
            {
                results.Add(CharClass.Result(text, i, end, TypeName, new Dictionary<string, object?> { ["value"] = value }));
                i = end - 1;
            }
        }

        return results;
    }

    internal static bool TryAt(string text, int i, out int end, out string value)
    {
        end = 0;
        value = string.Empty;
        if (text[i] is < '1' or > '9' || CharClass.IsWordAt(text, i - 1) || !CharClass.IsAsciiDigit(text[i + 1])
            || !CharClass.IsAsciiDigit(text[i + 2]) || !CharClass.IsAsciiDigit(text[i + 3]))
        {
            return false;
        }

        var letters = i + 4;
        var spaced = text[letters] == ' ';
        if (spaced)
        {
            letters++;
        }

        if (letters + 2 > text.Length || !CharClass.IsAsciiLetter(text[letters]) || !CharClass.IsAsciiLetter(text[letters + 1])
            || CharClass.IsWordAt(text, letters + 2))
        {
            return false;
        }

        var pair = text.Substring(letters, 2);
        var upper = pair.ToUpperInvariant();
        if (upper is "SA" or "SD" or "SS" || (spaced && pair != upper && CommonWords.Contains(pair.ToLowerInvariant())))
        {
            return false;
        }

        end = letters + 2;
        value = string.Concat(text.AsSpan(i, 4), " ", upper);
        return true;
    }
}
