namespace IntakeBot.Dialogs.Prompts;

/// <summary>Decides whether an answer is acceptable. It may send its own message; then the retry prompt is not sent.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
