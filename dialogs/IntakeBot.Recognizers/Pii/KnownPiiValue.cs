namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// A value the user gave in answer to a prompt that asks for personal data (for example the answer to
/// "what is your name?"). Every occurrence is redacted, case-insensitively, on word boundaries.
/// </summary>
/// <param name="Value">The answer as the user typed it.</param>
/// <param name="Kind">What the prompt asked for.</param>
/// <param name="PromptId">The prompt that collected it, recorded on the spans it causes.</param>
public sealed record KnownPiiValue(string Value, PiiKind Kind, string PromptId);
