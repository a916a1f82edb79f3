namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// Markers that replace personal data in transcripts. They are machine markers for staff tools and analytics,
/// not text shown to users, so they live here rather than in content/.
/// </summary>
public static class PiiPlaceholders
{
    /// <summary>Replaces a name.</summary>
    public const string Name = "[naam]";

    /// <summary>Replaces a phone number.</summary>
    public const string PhoneNumber = "[telefoon]";

    /// <summary>Replaces an e-mail address.</summary>
    public const string Email = "[e-mail]";

    /// <summary>Replaces a street address.</summary>
    public const string Address = "[adres]";

    /// <summary>Replaces a postcode.</summary>
    public const string Postcode = "[postcode]";

    /// <summary>Replaces a BSN.</summary>
    public const string Bsn = "[bsn]";

    /// <summary>Replaces an IBAN.</summary>
    public const string Iban = "[iban]";

    /// <summary>Replaces a date of birth.</summary>
    public const string DateOfBirth = "[geboortedatum]";

    /// <summary>The placeholder for <paramref name="kind"/>.</summary>
    public static string For(PiiKind kind) => kind switch
    {
        PiiKind.Name => Name,
        PiiKind.PhoneNumber => PhoneNumber,
        PiiKind.Email => Email,
        PiiKind.Address => Address,
        PiiKind.Postcode => Postcode,
        PiiKind.Bsn => Bsn,
        PiiKind.Iban => Iban,
        PiiKind.DateOfBirth => DateOfBirth,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown PII kind."),
    };
}
