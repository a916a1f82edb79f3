using System.Security.Cryptography;
using System.Text;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests;

/// <summary>
/// A reversible stand-in for Data Protection in tests: "tp1:" and the base64 of the UTF-8 bytes XORed with a key.
/// Not encryption; it only proves that stores write what the protector gives and read back through it.
/// </summary>
internal sealed class ReversibleTestProtector : IPersonalDataProtector
{
    private const string Prefix = "tp1:";
    private static readonly byte[] Key = [0x5A, 0xC3, 0x17, 0x88, 0x3E];

    public int Protected { get; private set; }

    public string Protect(string plaintext)
    {
        Protected++;
        return Prefix + Convert.ToBase64String(Xor(Encoding.UTF8.GetBytes(plaintext)));
    }

    public string Unprotect(string protectedText)
    {
        if (!protectedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("The value was not protected by this test protector.");
        }

        return Encoding.UTF8.GetString(Xor(Convert.FromBase64String(protectedText[Prefix.Length..])));
    }

    private static byte[] Xor(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= Key[i % Key.Length];
        }

        return bytes;
    }
}
