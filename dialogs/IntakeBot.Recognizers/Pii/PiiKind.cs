namespace IntakeBot.Recognizers.Pii;

/// <summary>The kinds of personal data that are redacted from transcripts.</summary>
public enum PiiKind
{
    /// <summary>A person's name.</summary>
    Name,

    /// <summary>A phone number.</summary>
    PhoneNumber,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A street address with house number.</summary>
    Address,

    /// <summary>A Dutch postcode.</summary>
    Postcode,

    /// <summary>A citizen service number (BSN).</summary>
    Bsn,

    /// <summary>A bank account number (IBAN).</summary>
    Iban,

    /// <summary>A date of birth.</summary>
    DateOfBirth,
}
