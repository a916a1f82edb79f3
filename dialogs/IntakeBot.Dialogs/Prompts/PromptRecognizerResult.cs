namespace IntakeBot.Dialogs.Prompts;

/// <summary>What a prompt recognised in the user's answer.</summary>
/// <param name="Succeeded">True when a value was recognised.</param>
/// <param name="Value">The recognised value.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    /// <summary>Nothing recognised.</summary>
    public static PromptRecognizerResult<T> NotRecognized { get; } = new(false);

    /// <summary>A recognised value.</summary>
    public static PromptRecognizerResult<T> Recognized(T value) => new(true, value);
}
