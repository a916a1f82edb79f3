namespace IntakeBot.Understanding.Analytics;

/// <summary>
/// Personal data found in a text and the text with it masked. <paramref name="Supported"/> is false
/// when the backend has no PII detection wired in: then the list is empty and means nothing.
/// </summary>
public sealed record PiiResult(IReadOnlyList<PiiEntity> Entities, string RedactedText, bool Supported)
{
    /// <summary>The result of a backend without PII detection.</summary>
    public static PiiResult NotSupported(string text) => new([], text, false);
}
