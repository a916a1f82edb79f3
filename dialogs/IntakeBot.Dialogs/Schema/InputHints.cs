namespace IntakeBot.Dialogs.Schema;

/// <summary>Values of <see cref="Activity.InputHint"/>.</summary>
public static class InputHints
{
    /// <summary>The bot is passively ready for input.</summary>
    public const string AcceptingInput = "acceptingInput";

    /// <summary>The bot waits for an answer (set on prompts).</summary>
    public const string ExpectingInput = "expectingInput";

    /// <summary>The bot is not ready for input.</summary>
    public const string IgnoringInput = "ignoringInput";
}
