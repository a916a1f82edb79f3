namespace IntakeBot.Content.Texts;

/// <summary>A text key with its arguments; the conversation renders it with <see cref="TextRenderer"/>.</summary>
public sealed record TextRef(string Key, IReadOnlyList<TextArgument> Arguments)
{
    /// <summary>A key without arguments.</summary>
    public static TextRef Of(string key, params TextArgument[] arguments) => new(key, arguments);
}
