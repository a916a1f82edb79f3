using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>What a prompt validator sees.</summary>
/// <param name="Context">The turn.</param>
/// <param name="Recognized">What the prompt recognised.</param>
/// <param name="Options">The prompt's options.</param>
/// <param name="AttemptCount">How many answers the user gave to this prompt, counting this one (1 on the first answer).</param>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
