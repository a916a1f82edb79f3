namespace IntakeBot.Casework.Delivery;

/// <summary>
/// A print-ready letter for a route step that goes by post, every line already worded (Dutch: it goes to a Dutch
/// organisation). <see cref="Sender"/> is empty for an anonymous case. <see cref="AddressKnown"/> is false when
/// content has no postal address for the step; <see cref="Addressee"/> then holds only the name.
/// Values are plain text: the renderer encodes them.
/// </summary>
public sealed record Letter(
    string Reference,
    string StepId,
    IReadOnlyList<string> Sender,
    IReadOnlyList<string> Addressee,
    bool AddressKnown,
    string DateLine,
    string ReferenceLine,
    string SubjectLine,
    string Salutation,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<LetterField> Fields,
    string Closing,
    string? SignatureName,
    string? SignatureLine,
    string Footer)
{
    /// <summary>The route steps with a postal address, so staff can pick another step's letter.</summary>
    public IReadOnlyList<LetterStep> PostalSteps { get; init; } = [];
}
