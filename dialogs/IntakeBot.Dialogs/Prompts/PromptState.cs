namespace IntakeBot.Dialogs.Prompts;

/// <summary>The stored state of a running prompt.</summary>
public sealed class PromptState
{
    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; set; } = new();

    /// <summary>How many answers the user gave to this prompt so far.</summary>
    public int AttemptCount { get; set; }
}
