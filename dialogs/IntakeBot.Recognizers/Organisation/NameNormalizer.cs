using System.Globalization;
using System.Text;

namespace IntakeBot.Recognizers.Organisation;

/// <summary>Splits text into lower-case, diacritic-free word tokens that remember where they came from.</summary>
internal static class NameNormalizer
{
    public static List<NameToken> Tokenize(string text, int maxLength)
    {
        var tokens = new List<NameToken>();
        var limit = Math.Min(text.Length, maxLength);
        var i = 0;
        while (i < limit)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var builder = new StringBuilder();
            while (i < limit && IsWordChar(text[i]))
            {
                builder.Append(Fold(text[i]));
                i++;
            }

            tokens.Add(new NameToken(builder.ToString(), start, i));
        }

        return tokens;
    }

    /// <summary>The alias as one key without spaces or punctuation, so "veilig thuis" and "veiligthuis" meet.</summary>
    public static string Key(string name) => string.Concat(Tokenize(name, int.MaxValue).Select(t => t.Key));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static char Fold(char c)
    {
        c = char.ToLowerInvariant(c);
        if (c < '\u00C0')
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
    }
}
