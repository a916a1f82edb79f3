namespace IntakeBot.Recognizers.Pii;

/// <summary>The text with personal data replaced by <see cref="PiiPlaceholders"/>, and where each piece was.</summary>
/// <param name="RedactedText">The text with each span replaced by its placeholder.</param>
/// <param name="Spans">The redacted spans in the original text, in order, not overlapping.</param>
public sealed record RedactionResult(string RedactedText, IReadOnlyList<PiiSpan> Spans);
