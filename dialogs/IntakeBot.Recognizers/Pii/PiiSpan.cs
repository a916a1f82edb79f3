namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// One redacted stretch of the original text. <see cref="End"/> is inclusive. It deliberately carries no copy of the
/// personal data, so spans can be stored next to the redacted transcript.
/// </summary>
/// <param name="Kind">What was redacted.</param>
/// <param name="Start">Index of the first redacted character in the original text.</param>
/// <param name="End">Index of the last redacted character in the original text (inclusive).</param>
/// <param name="PromptId">The prompt of the known value that matched, or <c>null</c> when it was detected.</param>
public sealed record PiiSpan(PiiKind Kind, int Start, int End, string? PromptId);
