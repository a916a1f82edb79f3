namespace IntakeBot.Dialogs.Schema;

/// <summary>Values of <see cref="Activity.Code"/> on <c>endOfConversation</c> activities.</summary>
public static class EndOfConversationCodes
{
    /// <summary>The conversation ended normally.</summary>
    public const string CompletedSuccessfully = "completedSuccessfully";

    /// <summary>The user cancelled.</summary>
    public const string UserCancelled = "userCancelled";

    /// <summary>The bot failed.</summary>
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";

    /// <summary>The conversation timed out.</summary>
    public const string BotTimedOut = "botTimedOut";
}
