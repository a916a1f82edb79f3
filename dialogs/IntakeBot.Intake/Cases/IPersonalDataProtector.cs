namespace IntakeBot.Intake.Cases;

/// <summary>
/// Encrypts personal data before it is stored (case fields, transcripts, notes) and decrypts it when read. The host
/// implements it with ASP.NET Core Data Protection, keys kept outside the database.
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>The protected form of <paramref name="plaintext"/>: printable, safe to store as text.</summary>
    string Protect(string plaintext);

    /// <summary>The plaintext of a value made by <see cref="Protect"/>.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was not made with these keys, or was changed.</exception>
    string Unprotect(string protectedText);
}
