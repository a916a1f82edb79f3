using System.Text.Json;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>What a prompt says, offers and accepts. Stored with the prompt's state, so it must be serialisable.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>The question in other words, sent after an answer that was not understood (falls back to <see cref="Prompt"/>).</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The choices of a choice or confirm prompt.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>How the choices are shown; <see cref="ListStyle.Auto"/> when unset.</summary>
    public ListStyle? Style { get; init; }

    /// <summary>How many answers the prompt accepts before it gives up with <see cref="PromptGaveUp"/>. Default 3; at least 1.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Extra data for a custom validator.</summary>
    public JsonElement? Validations { get; init; }
}
