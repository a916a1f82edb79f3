namespace IntakeBot.Intake.Cases;

/// <summary>An <see cref="IPersonalDataProtector"/> that leaves values as they are: for tests and the terminal chat only.</summary>
public sealed class PlaintextProtector : IPersonalDataProtector
{
    /// <summary>The one instance.</summary>
    public static readonly PlaintextProtector Instance = new();

    private PlaintextProtector()
    {
    }

    /// <inheritdoc />
    public string Protect(string plaintext) => plaintext;

    /// <inheritdoc />
    public string Unprotect(string protectedText) => protectedText;
}
