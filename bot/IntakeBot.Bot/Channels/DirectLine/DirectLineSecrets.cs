using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The secrets that may call the server, and the key tokens are signed with.</summary>
internal sealed class DirectLineSecrets
{
    private static readonly byte[] KeyInfo = "IntakeBot.DirectLine.TokenSigning.v1"u8.ToArray();
    private readonly byte[][] _secrets;
    private readonly byte[][] _keys;

    public DirectLineSecrets(IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0 || secrets.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("At least one non-empty Direct Line secret is needed.", nameof(secrets));
        }

        _secrets = [.. secrets.Select(Encoding.UTF8.GetBytes)];
        // The signing key is derived, never the secret itself, so a leaked token says nothing about the secret.
        _keys = [.. _secrets.Select(secret => HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [], info: KeyInfo))];
    }

    /// <summary>The key new tokens are signed with (from the first secret).</summary>
    public ReadOnlySpan<byte> SigningKey => _keys[0];

    /// <summary>Every key a token may be signed with, newest first.</summary>
    public IReadOnlyList<byte[]> VerificationKeys => _keys;

    /// <summary>True when <paramref name="candidate"/> is one of the secrets (compared in constant time).</summary>
    public bool IsSecret(string candidate)
    {
        var bytes = Encoding.UTF8.GetBytes(candidate);
        var match = false;
        foreach (var secret in _secrets)
        {
            match |= CryptographicOperations.FixedTimeEquals(bytes, secret);
        }

        return match;
    }

    /// <summary>A new random secret: 32 bytes, base64url.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
