namespace IntakeBot.Dialogs.Interruptions;

/// <summary>The command ids the engine knows how to handle. The words for them live in content.</summary>
public static class InterruptionCommands
{
    /// <summary>The user wants to stop.</summary>
    public const string Stop = "stop";

    /// <summary>The user needs an explanation of the current question.</summary>
    public const string Help = "help";

    /// <summary>The user wants to go back to the previous question.</summary>
    public const string Back = "back";

    /// <summary>The user wants to start over.</summary>
    public const string Restart = "restart";
}
