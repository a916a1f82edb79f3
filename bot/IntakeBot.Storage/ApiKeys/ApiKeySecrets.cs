using System.Buffers.Text;
using System.Security.Cryptography;

namespace IntakeBot.Storage.ApiKeys;

/// <summary>
/// The key format <c>ikb_{id}_{secret}</c>: a 12-character public id (to find the row without scanning) and 32 random
/// bytes in base64url. Only the SHA-256 of the secret bytes is stored; a fast hash suffices because the secret is
/// random, not a password.
/// </summary>
internal static class ApiKeySecrets
{
    public const string Prefix = "ikb_";
    private const int IdLength = 12;
    private const int SecretBytes = 32;
    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);
    private static readonly int KeyLength = Prefix.Length + IdLength + 1 + SecretLength;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));

    /// <summary>A new key for <paramref name="id"/> and the hash to store.</summary>
    public static (string Key, byte[] Hash) NewKey(string id)
    {
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        return ($"{Prefix}{id}_{Base64Url.EncodeToString(secret)}", SHA256.HashData(secret));
    }

    /// <summary>Splits a presented key into its id and the hash of its secret; false for anything malformed.</summary>
    public static bool TryParse(string? key, out string id, out byte[] hash)
    {
        id = string.Empty;
        hash = [];
        if (key is null || key.Length != KeyLength || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        var idPart = key.AsSpan(Prefix.Length, IdLength);
        foreach (var c in idPart)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        // Base64Url.TryDecodeFromChars throws, rather than returning false, on characters outside the alphabet.
        var secretPart = key.AsSpan(KeyLength - SecretLength);
        foreach (var c in secretPart)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        Span<byte> secret = stackalloc byte[SecretBytes];
        try
        {
            if (!Base64Url.TryDecodeFromChars(secretPart, secret, out var written) || written != SecretBytes)
            {
                return false;
            }
        }
        catch (FormatException)
        {
            // A last character whose unused bits are not zero is also thrown on, not reported.
            return false;
        }

        id = idPart.ToString();
        hash = SHA256.HashData(secret);
        return true;
    }

    /// <summary>Compares in constant time, so response timing tells nothing about how much of a guess was right.</summary>
    public static bool Matches(byte[] hash, byte[] stored) => CryptographicOperations.FixedTimeEquals(hash, stored);
}
