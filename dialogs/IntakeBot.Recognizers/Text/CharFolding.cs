using System.Text;

namespace IntakeBot.Recognizers.Text;

/// <summary>Folds one character for matching: lower case, accents removed ("É" becomes "e").</summary>
/// <remarks>One character in, one out, so offsets into the original text stay valid.</remarks>
public static class CharFolding
{
    /// <summary>The lower-case base letter of <paramref name="c"/>; characters without a letter base are only lower-cased.</summary>
    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < '\u00C0')
        {
            return lower;
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && char.IsLetter(decomposed[0]) ? decomposed[0] : lower;
    }
}
