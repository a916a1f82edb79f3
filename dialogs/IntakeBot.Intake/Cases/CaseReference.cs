using System.Security.Cryptography;
using IntakeBot.Content.Model;

namespace IntakeBot.Intake.Cases;

/// <summary>
/// Short readable references such as KL-7F3K-9Q: a kind prefix and 6 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so it can be read aloud and typed on a phone. 6 of 26 symbols is about 3·10^8 codes.
/// </summary>
public static class CaseReference
{
    internal const string Alphabet = "34679ACDEFGHJKMNPQRTUVWXY";

    /// <summary>A new random reference for a kind.</summary>
    public static string New(Kind kind)
    {
        Span<char> code = stackalloc char[6];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{Prefix(kind)}-{code[..4]}-{code[4..]}";
    }

    /// <summary>The two-letter prefix of a kind.</summary>
    public static string Prefix(Kind kind) => kind switch
    {
        Kind.Klacht => "KL",
        Kind.Bezwaar => "BZ",
        Kind.Signaal => "SG",
        Kind.Compliment => "CO",
        Kind.Idee => "ID",
        _ => "XX",
    };

    /// <summary>
    /// The canonical form of something a user typed (case, spaces and dashes ignored), or null when it cannot be a
    /// reference. "kl 7f3k9q" becomes "KL-7F3K-9Q".
    /// </summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        Span<char> letters = stackalloc char[8];
        var count = 0;
        foreach (var c in text)
        {
            if (c is '-' or ' ' or '.')
            {
                continue;
            }

            if (count == letters.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return null;
            }

            letters[count++] = char.ToUpperInvariant(c);
        }

        if (count != 8)
        {
            return null;
        }

        var prefix = new string(letters[..2]);
        if (prefix is not ("KL" or "BZ" or "SG" or "CO" or "ID"))
        {
            return null;
        }

        foreach (var c in letters[2..])
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return $"{prefix}-{new string(letters[2..6])}-{new string(letters[6..])}";
    }
}
