using System.Security.Cryptography;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.DataProtection;

namespace IntakeBot.Bot.Privacy;

/// <summary>
/// Encrypts personal data (case fields, notes, transcripts) with ASP.NET Core Data Protection: authenticated
/// encryption (AES-256-CBC + HMACSHA256 by default) under keys kept in <see cref="DataProtectionKeyOptions.KeysPath"/>,
/// outside the database, so a copy of the database alone reveals nothing.
/// </summary>
internal sealed class DataProtectionPersonalDataProtector : IPersonalDataProtector
{
    /// <summary>
    /// The purpose string isolates these values from every other use of the same keys (antiforgery tokens, cookies).
    /// Changing it makes every stored value unreadable, hence the version suffix: a new scheme gets a new purpose.
    /// </summary>
    public const string Purpose = "IntakeBot.PersonalData.v1";

    private readonly IDataProtector _protector;

    public DataProtectionPersonalDataProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
    }

    /// <inheritdoc />
    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return _protector.Protect(plaintext);
    }

    /// <inheritdoc />
    public string Unprotect(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        try
        {
            return _protector.Unprotect(protectedText);
        }
        catch (FormatException exception)
        {
            // Not even base64url: the contract promises one exception type for "not made with these keys, or changed".
            throw new CryptographicException("The value is not a protected value.", exception);
        }
    }
}
