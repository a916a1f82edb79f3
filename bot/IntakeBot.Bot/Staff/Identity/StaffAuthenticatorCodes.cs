using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>
/// RFC 6238 time-based codes as authenticator apps compute them: HMAC-SHA1 over the number of 30-second steps since
/// the Unix epoch, truncated to six digits (RFC 4226, section 5.3). The shared key is the Base32 text Identity stores.
/// </summary>
internal static class StaffAuthenticatorCodes
{
    /// <summary>The length of one step.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The step that <paramref name="at"/> falls in.</summary>
    public static long TimestepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The six-digit code of <paramref name="timestep"/>.</summary>
    public static string Code(ReadOnlySpan<byte> key, long timestep)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timestep);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The bytes of a Base32 key (RFC 4648; case, spaces and padding ignored), or null when it holds another character.
    /// </summary>
    public static byte[]? DecodeKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return bytes.Count == 0 ? null : [.. bytes];
    }
}
