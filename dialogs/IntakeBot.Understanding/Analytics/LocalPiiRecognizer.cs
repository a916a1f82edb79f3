using IntakeBot.Recognizers.Pii;

namespace IntakeBot.Understanding.Analytics;

/// <summary>
/// The embedded backend's PII detection: IntakeBot.Recognizers' <see cref="PiiRedactor"/>, reported in the shape and
/// category names of Azure AI Language's PiiEntityRecognition so that both backends can be used alike.
/// </summary>
public static class LocalPiiRecognizer
{
    /// <summary>Detects and redacts names, phone numbers, e-mail, addresses, postcodes, BSN, IBAN and dates of birth.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">Unused: the local rules cover Dutch and English together.</param>
    public static PiiResult Recognize(string text, string language)
    {
        var result = PiiRedactor.Redact(text ?? string.Empty, []);
        var entities = result.Spans
            .Select(span => new PiiEntity(text![span.Start..(span.End + 1)], Category(span.Kind), span.Start, span.End - span.Start + 1, 1.0))
            .ToList();
        return new PiiResult(entities, result.RedactedText, true);
    }

    private static string Category(PiiKind kind) => kind switch
    {
        PiiKind.Name => "Person",
        PiiKind.PhoneNumber => "PhoneNumber",
        PiiKind.Email => "Email",
        PiiKind.Address or PiiKind.Postcode => "Address",
        PiiKind.Bsn => "NLCitizenServiceNumber",
        PiiKind.Iban => "InternationalBankingAccountNumber",
        PiiKind.DateOfBirth => "DateOfBirth",
        _ => kind.ToString(),
    };
}
