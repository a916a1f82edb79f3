namespace IntakeBot.Dialogs.Prompts;

/// <summary>
/// The result of a prompt that reached its maximum number of attempts without a valid answer.
/// The calling step decides what to do: offer to skip, offer help, or stop.
/// </summary>
/// <param name="PromptId">The prompt that gave up.</param>
/// <param name="Attempts">How many answers were tried.</param>
/// <param name="LastInput">The last answer's text, if any.</param>
public sealed record PromptGaveUp(string PromptId, int Attempts, string? LastInput);
