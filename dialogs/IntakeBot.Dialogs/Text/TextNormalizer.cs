using System.Text;
using IntakeBot.Recognizers.Text;

namespace IntakeBot.Dialogs.Text;

/// <summary>Folds text for matching: lower case, no diacritics, punctuation and symbols as spaces, single spaces.</summary>
/// <remarks>Linear in the input; input beyond <see cref="MaxLength"/> characters is ignored, as no answer to a question is that long.</remarks>
public static class TextNormalizer
{
    /// <summary>The longest input considered.</summary>
    public const int MaxLength = 2000;

    /// <summary>The folded text, for example "Oké, STOP!" becomes "oke stop".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxLength));
        var builder = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(CharFolding.Fold(c));
            }
            else if (c != '\'')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? [] : normalized.Split(' ');
    }
}
