using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IntakeBot.Content.Model;

namespace IntakeBot.Intake.Cases;

/// <summary>
/// Short readable references such as KL-7F3K-9Q: a kind prefix and 6 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so it can be read aloud and typed on a phone. 6 of 26 symbols is about 3·10^8 codes.
/// </summary>
public static class CaseReference
{
    internal const string Alphabet = "34679ACDEFGHJKMNPQRTUVWXY";

    // 25^6, the number of codes.
    private const ulong Codes = 244_140_625;

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

    /// <summary>
    /// The reference of one submission: derived from a random per-intake <paramref name="seed"/> (see
    /// <see cref="NewSeed"/>), the submission's number and the attempt, so a turn that runs again after its state was
    /// lost draws the same reference and finds the case it created. As unpredictable as <see cref="New"/> while the
    /// seed stays secret (it lives only in the conversation's state).
    /// </summary>
    public static string For(Kind kind, string seed, int submission, int attempt)
    {
        ArgumentException.ThrowIfNullOrEmpty(seed);
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{submission}/{attempt}"));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(seed), message);
        // 64 bits reduced modulo 25^6: the bias is below 10^-10.
        var value = BinaryPrimitives.ReadUInt64LittleEndian(hash) % Codes;
        Span<char> code = stackalloc char[6];
        for (var i = code.Length - 1; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(value % (ulong)Alphabet.Length)];
            value /= (ulong)Alphabet.Length;
        }

        return $"{Prefix(kind)}-{code[..4]}-{code[4..]}";
    }

    /// <summary>A new random seed for <see cref="For"/>: 128 bits, hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The seed after <paramref name="seed"/>, for the next intake in the same state (always the same one).</summary>
    public static string NextSeed(string seed)
    {
        ArgumentException.ThrowIfNullOrEmpty(seed);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(seed), "next"u8)[..16]);
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
