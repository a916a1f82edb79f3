namespace IntakeBot.Dialogs.Schema;

/// <summary>Values of <see cref="Activity.Type"/> defined by the Bot Framework Activity spec.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or a bot.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left the conversation.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>A named, programmatic event (for example <c>webchat/join</c>).</summary>
    public const string Event = "event";

    /// <summary>A request that expects an <see cref="InvokeResponse"/>.</summary>
    public const string Invoke = "invoke";

    /// <summary>The response to an invoke, used inside a turn to hand the response to the adapter.</summary>
    public const string InvokeResponse = "invokeResponse";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>The conversation ends.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>An earlier message was changed.</summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary>An earlier message was deleted.</summary>
    public const string MessageDelete = "messageDelete";

    /// <summary>A reaction on a message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>The bot was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>Diagnostic information that is never shown to end users.</summary>
    public const string Trace = "trace";

    /// <summary>Hand-off to a person.</summary>
    public const string Handoff = "handoff";
}
